import "server-only";
// The candidates tab for the organizer (every candidate, by the fair snapshot only), co-hosts
// (figures, no names) and exhibitors (consented profiles). Programme participants appear only
// as their fair snapshot: no query here touches the participant record.
import { and, asc, count, desc, eq, ilike, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { fairCandidates, fairStands, fairWishes } from "@/db/schema";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { isUuid } from "@/lib/ids";
import { AUDIENCE_CONSENT, consentInForceSql, exhibitorMayNameSql, exhibitorMaySeeSql } from "@/lib/privacy/visibility";
import { mayManageCandidates, mayMeetCandidates, visibleToExhibitors } from "../access";
import { shownCandidateFigures, type CandidateFigures } from "../rules";
import { lockEvent, promoteWaitlist } from "./core";

export interface CandidateFilters {
  status?: "registered" | "waitlisted" | "cancelled";
  kind?: "participant" | "public";
  q?: string;
  page: number;
  pageSize: number;
}

/** LIKE wildcards in a search are literal characters. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Organizer: every candidate of the fair, filtered and paged, with the waitlist position. */
export async function listCandidates(ctx: Ctx, eventId: string, f: CandidateFilters) {
  await loadEvent(ctx, eventId, mayManageCandidates);
  const db = await getDb();
  const where: SQL[] = [eq(fairCandidates.eventId, eventId)];
  if (f.status) where.push(eq(fairCandidates.status, f.status));
  if (f.kind)
    where.push(
      f.kind === "participant" ? isNotNull(fairCandidates.participantId) : isNull(fairCandidates.participantId),
    );
  // A programme participant whose consent to share with exhibitors is withdrawn is no longer
  // named to the organizer either: the row stays (cancelled, counted), the name does not show.
  const named = exhibitorMayNameSql();
  if (f.q) where.push(ilike(fairCandidates.name, `%${likeEscape(f.q)}%`), named);
  // Spelled out: drizzle leaves columns unqualified in a select list, which the subquery would misread.
  const position = sql<number | null>`case when fair_candidates.status = 'waitlisted' then (
    select count(*) from fair_candidates w where w.event_id = fair_candidates.event_id and w.status = 'waitlisted'
      and (w.registered_at, w.id) <= (fair_candidates.registered_at, fair_candidates.id)) end`.mapWith(Number);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: fairCandidates.id,
        name: sql<string | null>`case when ${named} then fair_candidates.name end`,
        isParticipant: sql<boolean>`${fairCandidates.participantId} is not null`,
        educationLevel: fairCandidates.educationLevel,
        occupations: sql<string[]>`case when ${named} then fair_candidates.occupations else '{}'::text[] end`,
        wishes: sql<string[]>`case when ${named} then array(
          select o.name from fair_wishes w join fair_stands s on s.id = w.stand_id and s.status = 'registered'
            join organizations o on o.id = s.employer_id
          where w.candidate_id = fair_candidates.id and w.by = 'candidate' order by o.name) else '{}'::text[] end`,
        status: fairCandidates.status,
        registeredAt: fairCandidates.registeredAt,
        waitlistPosition: position,
      })
      .from(fairCandidates)
      .where(and(...where))
      .orderBy(desc(fairCandidates.registeredAt), asc(fairCandidates.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: count() })
      .from(fairCandidates)
      .where(and(...where)),
  ]);
  return { rows, total: total.n };
}

/**
 * Figures for organizer and co-hosts: counts by status and, for those not cancelled, by education;
 * suppressed for everyone but the organizer's staff (shownCandidateFigures).
 */
export async function candidateFigures(ctx: Ctx, eventId: string): Promise<CandidateFigures> {
  const { access } = await loadEvent(ctx, eventId, ["organizer", "cohost"]);
  const db = await getDb();
  const [byStatus, byEducation] = await Promise.all([
    db
      .select({ status: fairCandidates.status, n: count() })
      .from(fairCandidates)
      .where(eq(fairCandidates.eventId, eventId))
      .groupBy(fairCandidates.status),
    db
      .select({ level: fairCandidates.educationLevel, n: count() })
      .from(fairCandidates)
      .where(and(eq(fairCandidates.eventId, eventId), sql`${fairCandidates.status} <> 'cancelled'`))
      .groupBy(fairCandidates.educationLevel),
  ]);
  const status = { registered: 0, waitlisted: 0, cancelled: 0 };
  for (const r of byStatus) status[r.status] = r.n;
  const education = Object.fromEntries(byEducation.map((r) => [r.level, r.n]));
  return shownCandidateFigures(status, education, access === "organizer");
}

/** A candidate of this event, for the organizer's cancel and delete. */
async function organizerCandidate(ctx: Ctx, eventId: string, candidateId: string) {
  await loadEvent(ctx, eventId, mayManageCandidates);
  if (!isUuid(candidateId)) throw new NotFoundError("candidate");
  const db = await getDb();
  const [c] = await db
    .select({ id: fairCandidates.id, status: fairCandidates.status, participantId: fairCandidates.participantId })
    .from(fairCandidates)
    .where(and(eq(fairCandidates.id, candidateId), eq(fairCandidates.eventId, eventId)));
  if (!c) throw new NotFoundError("candidate");
  return c;
}

export async function cancelCandidate(ctx: Ctx, eventId: string, candidateId: string): Promise<void> {
  const c = await organizerCandidate(ctx, eventId, candidateId);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) throw new NotFoundError("event");
    await tx
      .update(fairCandidates)
      .set({ status: "cancelled", updatedAt: new Date() })
      .where(eq(fairCandidates.id, c.id));
    if (c.status === "registered" && event.status === "published") await promoteWaitlist(tx, event);
  });
}

/** Deletes a public candidate on request, everywhere. Participants are the municipality's to cancel. */
export async function deletePublicCandidate(ctx: Ctx, eventId: string, candidateId: string): Promise<void> {
  const c = await organizerCandidate(ctx, eventId, candidateId);
  if (c.participantId) throw new UserError("fairCandidates.errors.notPublic");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    await tx.delete(fairCandidates).where(eq(fairCandidates.id, c.id));
    if (event && c.status === "registered" && event.status === "published") await promoteWaitlist(tx, event);
  });
}

/** The caller's own registered stand at this fair, or null. */
async function ownStand(ctx: Ctx, eventId: string) {
  await loadEvent(ctx, eventId, mayMeetCandidates);
  const db = await getDb();
  const [stand] = await db
    .select({ id: fairStands.id })
    .from(fairStands)
    .where(
      and(
        eq(fairStands.eventId, eventId),
        eq(fairStands.employerId, ctx.membership.organizationId),
        eq(fairStands.status, "registered"),
      ),
    );
  return stand ?? null;
}

/** The exhibitor audience's predicate (lib/privacy/visibility.ts) for one fair's list. */
const visibleToExhibitorsSql = (eventId: string) => and(eq(fairCandidates.eventId, eventId), exhibitorMaySeeSql());

/** Employer: consented profiles (never email or phone), who wished to meet us, and whom we want to meet. */
export async function listForExhibitor(ctx: Ctx, eventId: string) {
  const stand = await ownStand(ctx, eventId);
  if (!stand) return { stand: null, rows: [] };
  const db = await getDb();
  const wish = (by: "candidate" | "employer") =>
    sql<boolean>`exists (select 1 from fair_wishes w where w.candidate_id = fair_candidates.id and w.stand_id = ${stand.id} and w.by = ${by})`;
  const rows = await db
    .select({
      id: fairCandidates.id,
      name: fairCandidates.name,
      educationLevel: fairCandidates.educationLevel,
      educationField: fairCandidates.educationField,
      occupations: fairCandidates.occupations,
      norwegianLevel: fairCandidates.norwegianLevel,
      englishLevel: fairCandidates.englishLevel,
      wishedUs: wish("candidate"),
      weWish: wish("employer"),
    })
    .from(fairCandidates)
    .where(visibleToExhibitorsSql(eventId))
    .orderBy(desc(wish("candidate")), asc(fairCandidates.name))
    .limit(1000);
  return { stand, rows };
}

/** Employer marks (or unmarks) a consented candidate they want to meet. */
export async function setEmployerWish(ctx: Ctx, eventId: string, candidateId: string, want: boolean): Promise<void> {
  const stand = await ownStand(ctx, eventId);
  if (!stand || !isUuid(candidateId)) throw new NotFoundError("candidate");
  const db = await getDb();
  const [c] = await db
    .select({
      status: fairCandidates.status,
      shareWithExhibitors: fairCandidates.shareWithExhibitors,
      participantId: fairCandidates.participantId,
      consentInForce: consentInForceSql(fairCandidates.participantId, AUDIENCE_CONSENT.exhibitor),
    })
    .from(fairCandidates)
    .where(and(eq(fairCandidates.id, candidateId), eq(fairCandidates.eventId, eventId)));
  if (!c || !visibleToExhibitors(c)) throw new NotFoundError("candidate");
  if (want) {
    await db
      .insert(fairWishes)
      .values({ eventId, candidateId, standId: stand.id, by: "employer" })
      .onConflictDoNothing();
  } else {
    await db
      .delete(fairWishes)
      .where(
        and(eq(fairWishes.candidateId, candidateId), eq(fairWishes.standId, stand.id), eq(fairWishes.by, "employer")),
      );
  }
}
