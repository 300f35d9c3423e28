import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { rowsOf } from "@/db/rows";
import { memberships, municipalitySettings, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";
import { maySeeSpecialist } from "./access";
import {
  CONTACT_WEEKS,
  FIRST_CONTACT_LOOKBACK_DAYS,
  FOLLOW_ALONG_DAYS,
  FOLLOW_ALONG_GRACE_DAYS,
  IPS,
  addDays,
  figuresFrom,
  osloDay,
  type FidelityCounts,
  type FidelityFigures,
} from "./rules";

export interface SpecialistFigures {
  staffId: string;
  name: string;
  isMe: boolean;
  figures: FidelityFigures;
}

export interface FidelityView {
  /** The day the figures are for ("YYYY-MM-DD", Oslo). */
  today: string;
  caseloadTarget: number;
  /** How many job specialists the municipality has (the team). */
  teamSize: number;
  /** A job specialist sees only themselves; an admin sees everyone. */
  specialists: SpecialistFigures[];
  team: FidelityFigures | null;
}

/** The job specialists of the caller's municipality, by name. */
async function jobSpecialists(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.membership.organizationId), eq(memberships.role, "job_specialist")))
    .orderBy(asc(users.id));
  return rows.map((r) => ({ id: r.id, name: r.name ?? r.email })).sort((a, b) => a.name.localeCompare(b.name, "nb"));
}

const EMPLOYER_FACE_TO_FACE = (c: string) =>
  sql.raw(`${c}.face_to_face and ${c}.kind in ('employer', 'workplace_visit')`);

type CountRow = { [K in keyof FidelityCounts]: number | null } & { staff_id: string | null };

/**
 * The counts behind the five figures, per specialist and for the team (the row without a
 * staff_id), computed by the database from the caller's municipality's rows: a few numbers per
 * specialist come back whatever the size of the history.
 */
async function loadCounts(municipalityId: string, staffIds: string[], today: string): Promise<CountRow[]> {
  const db = await getDb();
  const staff: SQL = sql.join(
    staffIds.map((id) => sql`${id}::text`),
    sql`, `,
  );
  const day = (d: string) => sql`${d}::date`;
  const since = day(addDays(today, -FIRST_CONTACT_LOOKBACK_DAYS));
  const now = day(today);
  const grace = sql.raw(String(FOLLOW_ALONG_GRACE_DAYS));
  return rowsOf<CountRow>(
    await db.execute(sql`
      with mine as materialized (
        select p.assigned_to as staff_id,
          p.status in ('enrolled', 'on_leave') as active,
          p.enrolled_at >= ${since} and p.enrolled_at <= ${now} as recent,
          ${now} - p.enrolled_at as waited,
          first.day - p.enrolled_at as first_after,
          job.yes is not null as in_work
        from participants p
        -- The first contact in the window, only for those taken on in it: an earlier contact than
        -- the enrolment belongs to an earlier round.
        left join lateral (
          select min(c.contact_date) as day from contacts c
          where p.enrolled_at >= ${since} and p.enrolled_at <= ${now}
            and c.participant_id = p.id and c.municipality_id = ${municipalityId} and ${EMPLOYER_FACE_TO_FACE("c")}
            and c.contact_date >= ${since} and c.contact_date <= ${now}
        ) first on true
        left join lateral (
          select true as yes from work_periods w
          where p.status in ('enrolled', 'on_leave')
            and w.participant_id = p.id and w.kind = 'job' and w.starts_on <= ${now}
            and (w.ends_on is null or w.ends_on >= ${now})
          limit 1
        ) job on true
        where p.municipality_id = ${municipalityId} and p.assigned_to in (${staff}) and p.anonymized_at is null
      ), waits as (
        select staff_id, active, in_work, recent, waited,
          case when first_after >= 0 then first_after end as first_contact,
          case when recent then case when first_after >= 0 then first_after when waited > ${IPS.daysToFirstContact} then waited end end as days
        from mine
      ), people as (
        select staff_id,
          count(*) filter (where active)::int as active,
          count(*) filter (where in_work)::int as in_work,
          percentile_cont(0.5) within group (order by days) as median_days,
          count(days)::int as measured,
          count(*) filter (where recent and first_contact <= ${IPS.daysToFirstContact})::int as within,
          count(*) filter (where recent and first_contact is null and waited <= ${IPS.daysToFirstContact})::int as pending
        from waits
        group by grouping sets ((staff_id), ())
      ), employer_contacts as (
        select c.staff_id, count(*)::int as contacts
        from contacts c
        where c.municipality_id = ${municipalityId} and c.staff_id in (${staff}) and ${EMPLOYER_FACE_TO_FACE("c")}
          and c.contact_date > ${day(addDays(today, -CONTACT_WEEKS * 7))} and c.contact_date <= ${now}
        group by grouping sets ((c.staff_id), ())
      ), steps as (
        -- A step whose grace is still running is not late yet, so it is not counted.
        select f.staff_id, count(*)::int as due,
          count(*) filter (where (f.done_at at time zone 'Europe/Oslo')::date <= f.due_on + ${grace})::int as on_time
        from follow_ups f
        where f.municipality_id = ${municipalityId} and f.source = 'cadence' and f.staff_id in (${staff})
          and f.due_on >= ${day(addDays(today, -FOLLOW_ALONG_DAYS))} and f.due_on <= ${now}
          and (f.done_at is not null or f.due_on + ${grace} < ${now})
        group by grouping sets ((f.staff_id), ())
      )
      select g.staff_id, p.active, c.contacts, p.median_days as "medianDays", p.measured, p.within, p.pending,
        p.in_work as "inWork", s.due, s.on_time as "onTime"
      from (select s.id as staff_id from (values ${sql.join(
        staffIds.map((id) => sql`(${id}::text)`),
        sql`, `,
      )}) s(id) union all select null) g
      left join people p on p.staff_id is not distinct from g.staff_id
      left join employer_contacts c on c.staff_id is not distinct from g.staff_id
      left join steps s on s.staff_id is not distinct from g.staff_id`),
  );
}

function countsOf(row: CountRow | undefined): FidelityCounts {
  const n = (v: number | null | undefined) => Number(v ?? 0);
  return {
    active: n(row?.active),
    contacts: n(row?.contacts),
    medianDays: row?.medianDays == null ? null : Number(row.medianDays),
    measured: n(row?.measured),
    within: n(row?.within),
    pending: n(row?.pending),
    inWork: n(row?.inWork),
    due: n(row?.due),
    onTime: n(row?.onTime),
  };
}

/**
 * The IPS fidelity panel of the caller's municipality on the day of `now`. Aggregate figures
 * only: no participant is shown, so nothing here is a read of a record for the audit log.
 */
export async function fidelityPanel(ctx: Ctx, now: Date): Promise<FidelityView> {
  const db = await getDb();
  const municipalityId = ctx.membership.organizationId;
  const today = osloDay(now);
  const [[settings], team] = await Promise.all([
    db
      .select({ caseloadTarget: municipalitySettings.caseloadTarget })
      .from(municipalitySettings)
      .where(eq(municipalitySettings.municipalityId, municipalityId)),
    jobSpecialists(ctx),
  ]);
  const caseloadTarget = Math.min(settings?.caseloadTarget ?? IPS.caseload, IPS.caseload);
  if (team.length === 0) return { today, caseloadTarget, teamSize: 0, specialists: [], team: null };

  const rows = await loadCounts(
    municipalityId,
    team.map((s) => s.id),
    today,
  );
  const counts = (staffId: string | null) => countsOf(rows.find((r) => r.staff_id === staffId));
  const shown = team.filter((s) => maySeeSpecialist({ role: ctx.membership.role, userId: ctx.userId }, s.id));
  return {
    today,
    caseloadTarget,
    teamSize: team.length,
    specialists: shown.map((s) => ({
      staffId: s.id,
      name: s.name,
      isMe: s.id === ctx.userId,
      figures: figuresFrom(counts(s.id), 1, caseloadTarget),
    })),
    team: figuresFrom(counts(null), team.length, caseloadTarget),
  };
}
