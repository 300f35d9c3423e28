import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { memberships, participantWishes, participants, users } from "@/db/schema";
import type { Role } from "@/db/schema/organizations";
import type { Cefr, ParticipantStatus } from "@/db/schema/participants";
import type { PlacementStage } from "@/db/schema/pipeline";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import { MUNICIPALITY_ROLES } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { osloDate } from "@/lib/time/oslo";
import { ACTIVE_STATUSES, addMonths } from "./rules";

export interface ParticipantRef {
  id: string;
  firstName: string;
  lastName: string;
  assignedTo: string | null;
  status: ParticipantStatus;
  version: number;
}

/**
 * The participant with this id in the caller's municipality, or NotFoundError (→ 404):
 * an id of another municipality looks exactly like one that does not exist.
 * Anonymized participants are gone for everyone.
 */
export async function requireParticipant(tx: Tx, ctx: Ctx, id: string): Promise<ParticipantRef> {
  if (!isUuid(id)) throw new NotFoundError("participant");
  const [row] = await tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      assignedTo: participants.assignedTo,
      status: participants.status,
      version: participants.version,
    })
    .from(participants)
    .where(
      and(
        eq(participants.id, id),
        eq(participants.municipalityId, ctx.membership.organizationId),
        isNull(participants.anonymizedAt),
      ),
    );
  if (!row) throw new NotFoundError("participant");
  return row;
}

export interface StaffMember {
  id: string;
  name: string;
  role: Role;
}

/** People who can carry a caseload in the caller's municipality. */
export async function listStaff(ctx: Ctx): Promise<StaffMember[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinctOn([users.id], { id: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organizationId, ctx.membership.organizationId),
        inArray(memberships.role, [...MUNICIPALITY_ROLES]),
      ),
    )
    .orderBy(users.id);
  return rows
    .map((r) => ({ id: r.id, name: r.name ?? r.email, role: r.role }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
}

/** Throws a field error unless `userId` is staff of the caller's municipality. */
export async function assertStaff(tx: Tx, ctx: Ctx, userId: string, field = "assignedTo"): Promise<void> {
  const [row] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.organizationId, ctx.membership.organizationId),
        inArray(memberships.role, [...MUNICIPALITY_ROLES]),
      ),
    );
  if (row.n === 0) throw new UserError("participants.errors.chooseStaff", field);
}

export interface ParticipantFilters {
  q?: string;
  status?: ParticipantStatus | "active" | "all";
  endsWithinMonths?: number;
  norwegianLevel?: Cefr;
  wish?: string;
  /** "mine", "all" (the municipality), or a staff member's id. */
  assigned?: string;
  sort?: "name" | "programmeEnd" | "nextFollowUp" | "status";
  dir?: "asc" | "desc";
  page: number;
  pageSize: number;
}

export interface ParticipantListRow {
  id: string;
  firstName: string;
  lastName: string;
  status: ParticipantStatus;
  norwegianSpeaking: Cefr | null;
  norwegianWriting: Cefr | null;
  programmeEnd: string;
  assignedName: string | null;
  nextFollowUp: string | null;
  currentWork: "job" | "internship" | null;
  /** The furthest open placement stage, if the participant is in the pipeline. */
  placementStage: PlacementStage | null;
}

const nextFollowUp = sql<
  string | null
>`(select min(f.due_on)::text from follow_ups f where f.participant_id = ${participants.id} and f.done_at is null)`;
const currentWork = sql<
  "job" | "internship" | null
>`(select w.kind from work_periods w where w.participant_id = ${participants.id}
  and w.starts_on <= current_date and (w.ends_on is null or w.ends_on >= current_date) order by w.kind limit 1)`;

const placementStage = sql<PlacementStage | null>`(select pl.stage from placements pl where pl.participant_id = ${participants.id}
  and pl.stage not in ('completed', 'declined_by_employer', 'declined_by_participant', 'withdrawn') order by pl.stage desc limit 1)`;

/** The caseload list: one query, filtered, sorted and paged in the database. */
export async function listParticipants(
  ctx: Ctx,
  f: ParticipantFilters,
  now = new Date(),
): Promise<{ rows: ParticipantListRow[]; total: number }> {
  const db = await getDb();
  const where: SQL[] = [
    eq(participants.municipalityId, ctx.membership.organizationId),
    isNull(participants.anonymizedAt),
  ];
  if (f.assigned === "mine") where.push(eq(participants.assignedTo, ctx.userId));
  else if (f.assigned && f.assigned !== "all") where.push(eq(participants.assignedTo, f.assigned));
  if (f.status === "active" || f.status === undefined) where.push(inArray(participants.status, ACTIVE_STATUSES));
  else if (f.status !== "all") where.push(eq(participants.status, f.status));
  if (f.endsWithinMonths) where.push(lte(participants.programmeEnd, addMonths(osloDate(now), f.endsWithinMonths)));
  if (f.norwegianLevel) where.push(sql`${participants.norwegianSpeaking} >= ${f.norwegianLevel}`);
  if (f.wish) {
    where.push(
      sql`exists (select 1 from ${participantWishes} pw where pw.participant_id = ${participants.id} and pw.isco_code = ${f.wish})`,
    );
  }
  if (f.q)
    where.push(
      ilike(sql`${participants.firstName} || ' ' || ${participants.lastName}`, `%${f.q.replace(/[%_\\]/g, "\\$&")}%`),
    );

  const dir = f.dir === "desc" ? desc : asc;
  const order =
    f.sort === "programmeEnd"
      ? [dir(participants.programmeEnd), asc(participants.lastName)]
      : f.sort === "nextFollowUp"
        ? [sql`${nextFollowUp} ${sql.raw(f.dir === "desc" ? "desc" : "asc")} nulls last`, asc(participants.lastName)]
        : f.sort === "status"
          ? [dir(participants.status), asc(participants.lastName)]
          : [dir(participants.lastName), dir(participants.firstName)];

  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: participants.id,
        firstName: participants.firstName,
        lastName: participants.lastName,
        status: participants.status,
        norwegianSpeaking: participants.norwegianSpeaking,
        norwegianWriting: participants.norwegianWriting,
        programmeEnd: participants.programmeEnd,
        assignedName: users.name,
        nextFollowUp,
        currentWork,
        placementStage,
      })
      .from(participants)
      .leftJoin(users, eq(users.id, participants.assignedTo))
      .where(and(...where))
      .orderBy(...order, asc(participants.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ total: count() })
      .from(participants)
      .where(and(...where)),
  ]);
  return { rows, total };
}

export interface CaseloadFigures {
  active: number;
  endingSoon: number;
  followUpsDue: number;
  inWork: number;
}

/** Home-page figures: the caller's own caseload, or the whole municipality for an admin. */
export async function caseloadFigures(ctx: Ctx, scope: "mine" | "all", now = new Date()): Promise<CaseloadFigures> {
  const db = await getDb();
  const today = osloDate(now);
  const mine = scope === "mine" ? sql`and p.assigned_to = ${ctx.userId}` : sql``;
  const active = sql`p.municipality_id = ${ctx.membership.organizationId} and p.anonymized_at is null and p.status in ('enrolled', 'on_leave') ${mine}`;
  const result = await db.execute<{ active: number; ending_soon: number; follow_ups_due: number; in_work: number }>(sql`
    select
      (select count(*)::int from participants p where ${active}) as active,
      (select count(*)::int from participants p where ${active} and p.programme_end <= ${addMonths(today, 3)}) as ending_soon,
      (select count(*)::int from follow_ups f join participants p on p.id = f.participant_id
        where ${active} and f.done_at is null and f.due_on <= ${today}) as follow_ups_due,
      (select count(*)::int from participants p where ${active} and exists (select 1 from work_periods w where w.participant_id = p.id
        and w.kind = 'job' and w.starts_on <= ${today} and (w.ends_on is null or w.ends_on >= ${today}))) as in_work`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    active: number;
    ending_soon: number;
    follow_ups_due: number;
    in_work: number;
  }[];
  const r = rows[0];
  return { active: r.active, endingSoon: r.ending_soon, followUpsDue: r.follow_ups_due, inWork: r.in_work };
}
