import type { z } from "zod";

/** One server action schema for the fuzz test (lib/security/fuzz.test.ts). */
export interface Case {
  schema: z.ZodType;
  /** A form that passes: the fuzzer changes and removes fields from it. */
  valid: Record<string, string>;
  /** Fields the user types into: a refusal there must say what is wrong, not zod's generic text. */
  typed: string[];
  /** Longest accepted output per key; any other string key is an enum, date or code (≤ 64). */
  max?: Record<string, number>;
  /** Output keys without a length limit in the schema: ids and addresses the data layer checks. */
  open?: string[];
}
