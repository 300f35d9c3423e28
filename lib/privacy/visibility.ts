// Who outside the municipality may see a participant: one predicate per audience, as a pure rule
// for a row already loaded and as the same rule in SQL for lists. Every read that shows a
// participant to an employer, a fair exhibitor or a council partner asks these, so a withdrawn
// consent takes effect at once everywhere; lib/privacy/visibility.db.test.ts lists those reads
// and proves each drops the person the moment the consent is withdrawn. Pure: no db, no next/*.
import { Column, getTableName, is, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { CandidateStatus } from "@/db/schema/events";
import type { ConsentScope } from "@/db/schema/follow-up";
import type { PlacementStage } from "@/db/schema/pipeline";

/** The consent each audience needs. Council partners need none: they never see a person. */
export const AUDIENCE_CONSENT = {
  employer: "share_employers",
  exhibitor: "share_fair_exhibitors",
} as const satisfies Record<string, ConsentScope>;

/**
 * Whether the participant's consent of this scope is in force now, in SQL. Written as a probe
 * of the consents index (select … limit 1) rather than EXISTS: on a list the planner would
 * otherwise hash every consent in the country.
 */
export function consentInForceSql(participantId: AnyPgColumn | SQL, scope: ConsentScope): SQL<boolean> {
  return sql<boolean>`coalesce((select true from consents c where c.participant_id = ${qualified(participantId)}
    and c.scope = ${scope} and c.withdrawn_at is null limit 1), false)`;
}

/**
 * A column with its table's name, also in the select list of a query without joins, where
 * drizzle leaves columns bare and the subquery above would read a bare participant_id as its own.
 */
function qualified(c: AnyPgColumn | SQL): SQL {
  return is(c, Column) ? sql`${sql.identifier(getTableName(c.table))}.${sql.identifier(c.name)}` : c;
}

// ── Employers ────────────────────────────────────────────────────────────────────────────────

/**
 * Once the agreement is signed (the placement is active, or completed), the employer knows the
 * person under the agreement, and a later withdrawal of consent to share does not hide them.
 * At every stage before, and after a proposal is declined, consent must be in force.
 */
export const AGREEMENT_SIGNED_STAGES: readonly PlacementStage[] = ["active", "completed"];

/** Whether an employer may see the participant of a placement at this stage. */
export function employerMaySee(stage: PlacementStage, consentInForce: boolean): boolean {
  return consentInForce || AGREEMENT_SIGNED_STAGES.includes(stage);
}

/** employerMaySee in SQL, for a placement's stage and participant columns. */
export function employerMaySeeSql(stage: AnyPgColumn | SQL, participantId: AnyPgColumn | SQL): SQL<boolean> {
  const signed = sql.join(
    AGREEMENT_SIGNED_STAGES.map((s) => sql`${s}`),
    sql`, `,
  );
  return sql<boolean>`(${qualified(stage)}::text in (${signed}) or ${consentInForceSql(participantId, AUDIENCE_CONSENT.employer)})`;
}

// ── Fair exhibitors (and the organizer, who shares a programme participant's snapshot with them) ──

export interface CandidateFacts {
  status: CandidateStatus;
  shareWithExhibitors: boolean;
  participantId: string | null;
  /** A programme participant's consent to share with exhibitors, in force now (ignored for public candidates). */
  consentInForce: boolean;
}

/**
 * Whether the candidate may be named to a fair's employers and organizer at all: a public
 * candidate always (they registered themselves), a programme participant only while the consent
 * to share with exhibitors is in force. A published interview with someone who may not be named
 * is shown as cancelled, without the name.
 */
export function exhibitorMayName(c: Pick<CandidateFacts, "participantId" | "consentInForce">): boolean {
  return c.participantId === null || c.consentInForce;
}

/** Whether exhibitors see the candidate's profile: registered, shared by their own choice, and nameable. */
export function exhibitorMaySee(c: CandidateFacts): boolean {
  return c.status === "registered" && c.shareWithExhibitors && exhibitorMayName(c);
}

/** exhibitorMayName in SQL, over fair_candidates (`alias`: the name the query gives the table). */
export function exhibitorMayNameSql(alias = "fair_candidates"): SQL<boolean> {
  const participantId = sql.raw(`${alias}.participant_id`);
  return sql<boolean>`(${participantId} is null or ${consentInForceSql(participantId, AUDIENCE_CONSENT.exhibitor)})`;
}

/** exhibitorMaySee in SQL, over fair_candidates. */
export function exhibitorMaySeeSql(alias = "fair_candidates"): SQL<boolean> {
  return sql<boolean>`(${sql.raw(`${alias}.status`)} = 'registered' and ${sql.raw(`${alias}.share_with_exhibitors`)}
    and ${exhibitorMayNameSql(alias)})`;
}

// ── Council partners ────────────────────────────────────────────────────────────────────────
// Council partners (NAV, the county, a university…) never see a participant, whatever the
// consents: only aggregate figures, with every count of 1–4 people shown as "< 5"
// (lib/statistics/suppression.ts). No council read selects a participant's name or id.
