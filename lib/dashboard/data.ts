import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { rowsOf } from "@/db/rows";
import type { Ctx } from "@/lib/auth/session";
import { loadCouncil, type CouncilInScope } from "@/lib/council/data/council";
import { goalsWithProgress, type GoalProgress } from "@/lib/goals/data/goals";
import {
  aggregate,
  lastQuarters,
  quarterStartDate,
  shiftQuarter,
  type Activity,
  type DashboardLevel,
  type Plan,
  type Quarter,
  type QuarterCount,
} from "./rules";

export interface Dashboard {
  scope: CouncilInScope;
  /** Oldest first; the last one is the running quarter. */
  quarters: Quarter[];
  levels: DashboardLevel[];
  /** The goals' progress, from lib/goals (one definition of every live metric). */
  goals: DashboardGoal[];
}

export type DashboardGoal = GoalProgress;

/** The caller's council's dashboard, or null when their organization is in no council. */
export async function councilDashboard(ctx: Ctx, now = new Date()): Promise<Dashboard | null> {
  const scope = await loadCouncil(ctx);
  if (!scope) return null;
  return dashboardFor(scope, now);
}

export async function dashboardFor(scope: CouncilInScope, now: Date): Promise<Dashboard> {
  const quarters = lastQuarters(now);
  const [counts, goals] = await Promise.all([
    quarterlyCounts(scope.council.id, quarters, now),
    goalsWithProgress(scope, now),
  ]);
  return { scope, quarters, levels: aggregate(counts, quarters), goals };
}

/** Per activity and quarter: the number, for the given quarters (oldest first) up to `now`. */
export async function quarterlyCounts(councilId: string, quarters: Quarter[], now: Date): Promise<QuarterCount[]> {
  const db = await getDb();
  const rows = rowsOf<{ activity: Activity | Plan; bucket: number; n: number }>(
    await db.execute(countsQuery(councilId, quarters, now)),
  );
  return rows.map((r) => ({
    activity: r.activity,
    year: quarters[r.bucket - 1].year,
    q: quarters[r.bucket - 1].q,
    n: Number(r.n),
  }));
}

/**
 * Every activity of the council's members per quarter, in one statement. Scope: the member
 * municipalities' placements and contacts, events organized or co-hosted by a member, the
 * council's own meetings and action items. A row's quarter is its bucket among the quarters'
 * first days at Oslo midnight (width_bucket: a binary search, no time-zone arithmetic per row);
 * nothing after `now` counts, so planned things do not count yet.
 */
export function countsQuery(councilId: string, quarters: Quarter[], now: Date): SQL {
  const days = [...quarters, shiftQuarter(quarters[quarters.length - 1], 1)].map(quarterStartDate);
  const edgeDays = sql.join(
    days.map((d) => sql`${d}::date`),
    sql`, `,
  );
  // 1..n for a moment inside the quarters; the where clauses keep everything else out.
  const bucket = (ts: SQL) => sql`width_bucket(${ts}, b.edges) as bucket`;
  const inRange = (ts: SQL) => sql`${ts} >= b.edges[1] and ${ts} < b.hi`;
  return sql`
    with bounds as (
      select array(select d::timestamp at time zone 'Europe/Oslo' from unnest(array[${edgeDays}]) d) as edges,
        array[${edgeDays}] as day_edges, ${now.toISOString()}::timestamptz as hi
    ),
    members as (
      select cm.organization_id as id, o.kind from council_members cm join organizations o on o.id = cm.organization_id
      where cm.council_id = ${councilId} and cm.member_until is null
    ),
    municipalities as (select id from members where kind = 'municipality'),
    -- Materialized, so each is one hash for the interviews instead of two key probes per interview.
    registered_stands as materialized (select s.id from fair_stands s where s.status = 'registered'),
    present_candidates as materialized (
      select c.id from fair_candidates c where c.status <> 'cancelled' and c.checked_in_at is not null
    ),
    scoped_events as (
      select e.id, e.kind, e.status, e.starts_at from events e
      where e.status in ('published', 'completed')
        and (e.association_id in (select id from members)
          or exists (select 1 from event_cohosts ec where ec.event_id = e.id and ec.organization_id in (select id from members)))
    )
    select 'placementsCreated' as activity, ${bucket(sql`p.created_at`)}, count(*)::int as n
      from placements p, bounds b
      where p.municipality_id in (select id from municipalities) and ${inRange(sql`p.created_at`)}
      group by 2
    union all
    select 'agreementsReached', ${bucket(sql`pe.at`)}, count(distinct pe.placement_id)::int
      from placements p join placement_events pe on pe.placement_id = p.id, bounds b
      where p.municipality_id in (select id from municipalities) and pe.to_stage = 'agreement' and ${inRange(sql`pe.at`)}
      group by 2
    union all
    select 'hires', ${bucket(sql`pe.at`)}, count(distinct p.id)::int
      from placements p join placement_events pe on pe.placement_id = p.id, bounds b
      where p.municipality_id in (select id from municipalities) and p.stage = 'completed' and p.outcome = 'hired'
        and pe.to_stage = 'completed' and ${inRange(sql`pe.at`)}
      group by 2
    union all
    select 'fairsHeld', ${bucket(sql`e.starts_at`)}, count(*)::int
      from scoped_events e, bounds b
      where e.kind = 'career_fair' and e.status = 'completed' and ${inRange(sql`e.starts_at`)}
      group by 2
    union all
    select 'fairsPlanned', ${bucket(sql`e.starts_at`)}, count(*)::int
      from events e, bounds b
      where e.kind = 'career_fair' and e.status <> 'draft' and ${inRange(sql`e.starts_at`)}
        and (e.association_id in (select id from members)
          or exists (select 1 from event_cohosts ec where ec.event_id = e.id and ec.organization_id in (select id from members)))
      group by 2
    union all
    select 'interviewsHeld', ${bucket(sql`e.starts_at`)}, count(*)::int
      from scoped_events e
      join fair_interviews i on i.event_id = e.id, bounds b
      where e.kind = 'career_fair' and ${inRange(sql`e.starts_at`)}
        and i.stand_id in (select id from registered_stands) and i.candidate_id in (select id from present_candidates)
      group by 2
    union all
    select 'employerContacts', width_bucket(c.contact_date, b.day_edges), count(*)::int
      from contacts c, bounds b
      where c.municipality_id in (select id from municipalities) and c.kind = 'employer'
        and c.contact_date >= b.day_edges[1] and c.contact_date <= (b.hi at time zone 'Europe/Oslo')::date
        and exists (select 1 from memberships m where m.user_id = c.staff_id and m.organization_id = c.municipality_id and m.role = 'job_specialist')
      group by 2
    union all
    select 'meetingsHeld', ${bucket(sql`m.starts_at`)}, count(*)::int
      from council_meetings m, bounds b
      where m.council_id = ${councilId} and m.status = 'held' and ${inRange(sql`m.starts_at`)}
      group by 2
    union all
    select 'decisions', ${bucket(sql`m.starts_at`)}, count(*)::int
      from council_meetings m join council_decisions d on d.meeting_id = m.id, bounds b
      where m.council_id = ${councilId} and m.status = 'held' and ${inRange(sql`m.starts_at`)}
      group by 2
    union all
    select 'actionsDone', ${bucket(sql`a.done_at`)}, count(*)::int
      from council_action_items a, bounds b
      where a.council_id = ${councilId} and a.status = 'done' and ${inRange(sql`a.done_at`)}
      group by 2
    union all
    select 'cohostedEvents', ${bucket(sql`e.starts_at`)}, count(*)::int
      from scoped_events e, bounds b
      where ${inRange(sql`e.starts_at`)}
        and exists (select 1 from event_cohosts ec where ec.event_id = e.id and ec.organization_id in (select id from members))
      group by 2
    union all
    select 'campaignsSent', ${bucket(sql`ic.sent_at`)}, count(*)::int
      from invitation_campaigns ic join scoped_events e on e.id = ic.event_id, bounds b
      where ${inRange(sql`ic.sent_at`)}
      group by 2
  `;
}
