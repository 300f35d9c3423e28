// The shape of one entry of the register of personal data, and the small constructors the
// area files use so that each entry reads as a sentence. Pure: no db, no next/*.
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { ConsentScope } from "@/db/schema/follow-up";

/** Whose personal data rows can hold. An entry with none of them holds nobody's. */
export type DataSubject = "participant" | "public_candidate" | "staff" | "employer_contact";

/**
 * How a row is found from a set of participant ids.
 * - root: the participants table itself.
 * - via: a foreign key to `to`, whose table is itself in the register with a reach (a join
 *   path, one hop per entry: fair_wishes → fair_candidates → participants).
 * - mentions: no foreign key; a row is the person's when `address` is one of their email
 *   addresses, or (for erasure only) when one of `text` contains their name, email, phone or
 *   case number (see lib/privacy/data/reach.ts).
 */
export type Reach =
  | { kind: "root"; key: PgColumn }
  | { kind: "via"; column: PgColumn; to: PgColumn }
  | { kind: "mentions"; address: PgColumn; text: readonly PgColumn[] };

/**
 * What a rule does to the rows it reaches. anonymize: `set` maps columns to replacements;
 * `stamp` columns get the time of the run, `stampIfEmpty` columns only where they are null.
 */
export type Effect<T extends PgTable> =
  | { do: "keep"; why: string }
  | { do: "delete" }
  | {
      do: "anonymize";
      set: PgUpdateSetSource<T>;
      stamp?: readonly PgColumn[];
      stampIfEmpty?: readonly PgColumn[];
    };

/** A section of the participant's export (the right of access). */
export interface ExportSection {
  /**
   * The key in the export's JSON, and the heading's message key under
   * participants.privacy.sections in lib/i18n/messages/{nb,en}/participants.json.
   */
  key: string;
  orderBy?: PgColumn;
  /** One row (the participant record) instead of a list. */
  single?: true;
  /** Put the rows inside the rows of the table `reach.via` leads to, under `as`; one: a row or null. */
  nest?: { as: string; one?: true };
}

/**
 * The cascades a consent withdrawal runs, by name; lib/privacy/data/cascade.ts maps each to the
 * domain's function, and withdrawal and erasure run those the register names for the scope.
 */
export type ConsentCascade = "withdrawProposalsBeforeSignedAgreement" | "cancelUpcomingFairRegistrations";

/** The consent whose withdrawal changes these rows, what it does, and the cascade that does it. */
export interface ConsentWithdrawal {
  scope: ConsentScope;
  does: string;
  cascade: ConsentCascade;
}

/** Rules for a participant's rows: these drive erasure, the retention job and the export. */
export interface ParticipantRules<T extends PgTable> {
  reach: Reach;
  /**
   * Columns that identify the person wherever they are copied (name columns are joined with a
   * space): erasure searches free text elsewhere for them (a `mentions` reach) and takes them
   * out of the erasure note in the audit log.
   */
  identifiers?: { name?: readonly PgColumn[]; email?: PgColumn; phone?: PgColumn; caseNumber?: PgColumn };
  /** Erasure on request (GDPR art. 17), lib/subject-rights. */
  erasure: Effect<T>;
  /**
   * The retention job (lib/retention) when the participant is past their municipality's
   * retention after programme end: the erasure effect, or another one.
   */
  retention: "as_erasure" | Effect<T>;
  export: ExportSection;
  consentWithdrawal?: ConsentWithdrawal;
}

/** Rules for other people's rows, in words until code is driven by them. */
export interface DescribedRules {
  erasure: string;
  retention: string;
}

export interface RegisterEntry<T extends PgTable = PgTable> {
  table: T;
  /** Why the rows exist, in words a data protection officer can use in the record of processing. */
  purpose: string;
  /** Columns that identify or describe a person, including references to a person's row. */
  personal: readonly PgColumn[];
  /** Columns anyone may type anything into: they may name or describe anyone. */
  freeText: readonly PgColumn[];
  participant?: ParticipantRules<T>;
  /**
   * A public fair candidate's data. With `participant` rules too, the rows are in the candidate's
   * own export from their manage link (lib/privacy/candidate.ts), found by the same reach from
   * their registration instead of from a participant, under the same section key.
   */
  publicCandidate?: DescribedRules;
  staff?: DescribedRules;
  employerContact?: DescribedRules;
}

/** An entry, typed by its table so that `set` and columns are checked against it. */
export function entry<T extends PgTable>(table: T, rules: Omit<RegisterEntry<T>, "table">): RegisterEntry {
  return { table, ...rules } as unknown as RegisterEntry;
}

export const root = (key: PgColumn): Reach => ({ kind: "root", key });
export const via = (column: PgColumn, to: PgColumn): Reach => ({ kind: "via", column, to });
export const mentions = (address: PgColumn, text: readonly PgColumn[]): Reach => ({ kind: "mentions", address, text });

/** The subjects an entry holds data of; empty for a table that holds nobody's ("none"). */
export function subjectsOf(e: RegisterEntry): DataSubject[] {
  const out: DataSubject[] = [];
  if (e.participant) out.push("participant");
  if (e.publicCandidate) out.push("public_candidate");
  if (e.staff) out.push("staff");
  if (e.employerContact) out.push("employer_contact");
  return out;
}

/**
 * Staff (users) are named on rows by reference: who created, recorded or changed something.
 * One rule for every such column, so it is written once.
 */
export const STAFF_REFERENCE: DescribedRules = {
  erasure:
    "A user is deactivated, not deleted, so history keeps who did what; if a user row is deleted, the reference is set to null (or the row deleted where it belongs to the user).",
  retention: "Kept while the row exists.",
};
