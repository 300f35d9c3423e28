// Consent facts without the database, so forms and pages (client or server) can import them.
import type { ConsentScope } from "@/db/schema/follow-up";

/** Every scope a participant can consent to, in the order forms and the consent panel list them. */
export const CONSENT_SCOPES: ConsentScope[] = ["share_employers", "share_fair_exhibitors", "contact_email"];
