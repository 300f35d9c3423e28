import "server-only";
// The rows each live metric needs, for the council's scope only: participants, contacts and
// placements of the council's municipality members; slots of employers in the council's city;
// fair leads of events its members organized or co-hosted. Each query is set-based, returns
// compact rows (one per day, employer or enrolment) and reads through an index on the tenant
// column; lib/goals/metrics.ts turns them into figures. Definitions are documented there.
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { rowsOf } from "@/db/rows";
import type { GoalMetric } from "@/db/schema/council";
import type { Outcome } from "@/db/schema/participants";
import type { CouncilInScope } from "@/lib/council/data/council";
import { addDays } from "@/lib/fidelity/rules";
import { DEFAULT_MONTHS, addMonths, type DayCount, type MetricParams, type MetricRows, type Window } from "../metrics";

export interface MetricScope {
  city: string;
  municipalityIds: string[];
  associationIds: string[];
  memberIds: string[];
}

export function metricScope(scope: CouncilInScope): MetricScope {
  return {
    city: scope.council.city,
    municipalityIds: scope.members.filter((m) => m.kind === "municipality").map((m) => m.id),
    associationIds: scope.members.filter((m) => m.kind === "association").map((m) => m.id),
    memberIds: scope.members.map((m) => m.id),
  };
}

/** `col in (…)`, or false for an empty list (a council without municipalities counts nothing). */
function inList(col: SQL, ids: string[]): SQL {
  return ids.length === 0
    ? sql`false`
    : sql`${col} in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`;
}

/** Midnight in Oslo of a day, as a timestamptz bound. */
const osloMidnight = (day: string) => sql`(${day}::date::timestamp at time zone 'Europe/Oslo')`;
const osloDayOf = (col: SQL) => sql`((${col}) at time zone 'Europe/Oslo')::date::text`;

async function query<T>(q: SQL): Promise<T[]> {
  const db = await getDb();
  return rowsOf<T>(await db.execute(q));
}

async function dayCounts(q: SQL): Promise<DayCount[]> {
  return (await query<{ day: string; n: number }>(q)).map((r) => ({ day: r.day, n: Number(r.n) }));
}

async function slotsPosted(s: MetricScope, p: MetricParams, w: Window) {
  const members = p.membersOnly
    ? sql`and exists (select 1 from association_members am where am.employer_id = s.employer_id and ${inList(sql`am.association_id`, s.associationIds)})`
    : sql``;
  return dayCounts(sql`
    select ${osloDayOf(sql`s.created_at`)} as day, count(*)::int as n
    from organizations o join slots s on s.employer_id = o.id
    where o.kind = 'employer' and o.city = ${s.city} and s.kind = 'internship' and s.status <> 'draft'
      and s.created_at >= ${osloMidnight(w.from)} and s.created_at < ${osloMidnight(w.to)} ${members}
    group by 1`);
}

// The moves in the window first (placement_events_stage_at_idx), then only those
// of the council's municipalities: probing every placement's moves instead is several times slower.
async function firstMoves(s: MetricScope, w: Window, stage: "agreement" | "completed", extra: SQL) {
  return dayCounts(sql`
    select ${osloDayOf(sql`e.at`)} as day, count(*)::int as n
    from placement_events e join placements p on p.id = e.placement_id
    where e.to_stage = ${stage} and e.at >= ${osloMidnight(w.from)} and e.at < ${osloMidnight(w.to)}
      and ${inList(sql`p.municipality_id`, s.municipalityIds)} ${extra}
      and not exists (select 1 from placement_events e2 where e2.placement_id = e.placement_id and e2.to_stage = ${stage} and e2.at < e.at)
    group by 1`);
}

/** Placements counted on their first move to "agreement". */
const placementsAgreed = (s: MetricScope, w: Window) => firstMoves(s, w, "agreement", sql``);

/** Placements completed with a hire, counted on their move to "completed". */
const hires = (s: MetricScope, w: Window) =>
  firstMoves(s, w, "completed", sql`and p.stage = 'completed' and p.outcome = 'hired'`);

async function employersFirst(s: MetricScope, w: Window) {
  const rows = await query<{ first: string }>(sql`
    select ${osloDayOf(sql`min(p.created_at)`)} as first from placements p
    where ${inList(sql`p.municipality_id`, s.municipalityIds)}
    group by p.employer_id
    having min(p.created_at) >= ${osloMidnight(w.from)} and min(p.created_at) < ${osloMidnight(w.to)}`);
  return rows.map((r) => r.first);
}

async function fairLeads(s: MetricScope, w: Window) {
  return dayCounts(sql`
    select ${osloDayOf(sql`l.created_at`)} as day, count(*)::int as n from fair_leads l
    where l.placement_id is not null
      and l.event_id in (
        select e.id from events e where ${inList(sql`e.association_id`, s.memberIds)}
        union select c.event_id from event_cohosts c where ${inList(sql`c.organization_id`, s.memberIds)})
      and l.created_at >= ${osloMidnight(w.from)} and l.created_at < ${osloMidnight(w.to)}
    group by 1`);
}

// Each participant's first employer contact on or after enrolment (contacts before the window cannot
// follow an enrolment inside it): read per enrolment from the participant's contacts in date order,
// so only the window's enrolments are visited, not every contact of the council's municipalities.
async function enrolments(s: MetricScope, w: Window) {
  const inScope = (alias: string) => inList(sql.raw(`${alias}.municipality_id`), s.municipalityIds);
  const rows = await query<{ enrolled_at: string; first_contact: string | null; ips: boolean }>(sql`
    select p.enrolled_at::text as enrolled_at, fc.first_contact::text as first_contact,
      (p.assigned_to is not null and exists (select 1 from memberships m
        where m.user_id = p.assigned_to and m.organization_id = p.municipality_id and m.role = 'job_specialist')) as ips
    from participants p
    left join lateral (
      select min(c.contact_date) as first_contact from contacts c
      where c.participant_id = p.id and ${inScope("c")} and c.kind = 'employer'
        and c.contact_date >= ${w.from}::date and c.contact_date >= p.enrolled_at
    ) fc on true
    where ${inScope("p")} and p.enrolled_at >= ${w.from}::date and p.enrolled_at < ${w.to}::date`);
  return rows.map((r) => ({ enrolledAt: r.enrolled_at, firstEmployerContact: r.first_contact, ips: Boolean(r.ips) }));
}

async function faceToFace(s: MetricScope, w: Window) {
  const specialists = sql`select m.user_id from memberships m where ${inList(sql`m.organization_id`, s.municipalityIds)} and m.role = 'job_specialist'`;
  const [days, [{ n }]] = await Promise.all([
    dayCounts(sql`
      select c.contact_date::text as day, count(*)::int as n from contacts c
      where ${inList(sql`c.municipality_id`, s.municipalityIds)} and c.staff_id in (${specialists})
        and c.face_to_face and c.kind in ('employer', 'workplace_visit')
        and c.contact_date >= ${w.from}::date and c.contact_date < ${w.to}::date
      group by 1`),
    query<{ n: number }>(sql`select count(*)::int as n from (${specialists}) x`),
  ]);
  return { days, specialists: Number(n) };
}

async function workOrEducation(s: MetricScope, months: number, w: Window) {
  // Programme starts whose mark (start + months) can fall in the window, with a few days' slack for
  // month-end clamping; metrics.ts keeps exactly those whose mark is inside.
  const from = addDays(addMonths(w.from, -months), -3);
  const to = addDays(addMonths(w.to, -months), 3);
  const rows = await query<{ programme_start: string; in_work: boolean; outcome: Outcome | null }>(sql`
    select p.programme_start::text as programme_start,
      exists (select 1 from work_periods wp where wp.participant_id = p.id and wp.kind = 'job'
        and wp.starts_on <= m.mark and (wp.ends_on is null or wp.ends_on >= m.mark)) as in_work,
      (select o.outcome from participant_outcomes o where o.participant_id = p.id
        order by (o.timepoint = 'one_year') desc limit 1) as outcome
    from participants p
    cross join lateral (select (p.programme_start + make_interval(months => ${months}::int))::date as mark) m
    where ${inList(sql`p.municipality_id`, s.municipalityIds)} and p.programme_start >= ${from}::date and p.programme_start < ${to}::date`);
  return rows.map((r) => ({ programmeStart: r.programme_start, inWorkAtMark: Boolean(r.in_work), outcome: r.outcome }));
}

/** The rows a metric needs for every window inside `range` (from the first window's start to the last's end). */
export async function loadMetricRows(
  s: MetricScope,
  metric: GoalMetric,
  params: MetricParams,
  range: Window,
): Promise<MetricRows> {
  switch (metric) {
    case "work_or_education_share": {
      const months = params.months ?? DEFAULT_MONTHS;
      return { metric, months, rows: await workOrEducation(s, months, range) };
    }
    case "internship_slots_posted":
      return { metric, days: await slotsPosted(s, params, range) };
    case "placements_agreed":
      return { metric, days: await placementsAgreed(s, range) };
    case "hires":
      return { metric, days: await hires(s, range) };
    case "fair_leads_to_placements":
      return { metric, days: await fairLeads(s, range) };
    case "employers_first_placement":
      return { metric, firsts: await employersFirst(s, range) };
    case "median_days_to_employer_contact":
    case "first_contact_within_30_days_share":
      return { metric, enrolments: await enrolments(s, range) };
    case "face_to_face_contacts_per_specialist_week":
      return { metric, ...(await faceToFace(s, range)) };
  }
}
