// Fuzz cases for this area's server action schemas; see lib/security/fuzz.test.ts.
import type { Case } from "./case";

export const cases: Record<string, Case> = {};
