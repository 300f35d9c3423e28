import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { rowsOf } from "@/db/rows";
import type { Industry } from "@/db/schema/organizations";
import type { Outcome } from "@/db/schema/participants";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { osloDate } from "@/lib/time/oslo";
import { mayReadMunicipalityReports } from "./access";
import {
  byIndustry,
  cohortOutcomes,
  employerEngagement,
  funnel,
  timeToInternship,
  type FunnelEvent,
  type FunnelStep,
} from "./rules";

// Set-based queries: each report is one or two statements over the municipality's own rows,
// whatever the size of the caseload. Years are calendar years in Oslo.

/** The municipality whose reports these are; anyone else gets a 404 (as from the page). */
function municipalityOf(ctx: Ctx): string {
  if (!mayReadMunicipalityReports(ctx.membership)) throw new NotFoundError("reports");
  return ctx.membership.organizationId;
}

/** A timestamp inside the calendar year in Oslo; a range on the column, so an index can serve it. */
function inYear(column: SQL, year: number): SQL {
  return sql`${column} >= (make_date(${year}::int, 1, 1)::timestamp at time zone 'Europe/Oslo') and ${column} < (make_date(${year + 1}::int, 1, 1)::timestamp at time zone 'Europe/Oslo')`;
}

/** 1. Outcomes at programme end and one year later, by the year the programme started. */
export async function cohortReport(ctx: Ctx) {
  const municipalityId = municipalityOf(ctx);
  const db = await getDb();
  // One row per cohort, completion and pair of outcomes, with how many participants share them.
  const rows = rowsOf<{
    cohort: number;
    completed: boolean;
    at_end: Outcome | null;
    one_year: Outcome | null;
    n: number;
  }>(
    await db.execute(sql`
      select extract(year from p.programme_start)::int as cohort, p.status = 'completed' as completed,
        e.outcome as at_end, y.outcome as one_year, count(*)::int as n
      from participants p
      left join participant_outcomes e on e.participant_id = p.id and e.timepoint = 'programme_end'
      left join participant_outcomes y on y.participant_id = p.id and y.timepoint = 'one_year'
      where p.municipality_id = ${municipalityId}
      group by 1, 2, 3, 4`),
  );
  return cohortOutcomes(
    rows.map((r) => ({ cohort: r.cohort, completed: r.completed, atEnd: r.at_end, oneYear: r.one_year, count: r.n })),
  );
}

/**
 * A placement traces back to a fair when a fair lead points at it, or when the participant got a
 * lead from the same employer's stand before the placement was created.
 */
const FROM_FAIR = sql`(
  exists (select 1 from fair_leads l where l.placement_id = pl.id)
  or exists (
    select 1 from fair_leads l
    join fair_candidates c on c.id = l.candidate_id
    join fair_stands s on s.id = l.stand_id
    where c.participant_id = pl.participant_id and s.employer_id = pl.employer_id
      and l.kind <> 'no_follow_up' and l.created_at <= pl.created_at))`;

/** 2. Fair → proposal → agreement → hire: participants who took each step in the year. */
export async function funnelReport(ctx: Ctx, year: number) {
  const municipalityId = municipalityOf(ctx);
  const db = await getDb();
  const rows = rowsOf<{ participant_id: string; step: FunnelStep; from_fair: boolean }>(
    await db.execute(sql`
      select distinct c.participant_id, 'fair' as step, true as from_fair
      from fair_candidates c
      join events e on e.id = c.event_id
      join participants p on p.id = c.participant_id
      where p.municipality_id = ${municipalityId} and c.status <> 'cancelled'
        and e.kind = 'career_fair' and e.status in ('published', 'completed') and ${inYear(sql`e.starts_at`, year)}
      union all
      select pl.participant_id, case ev.to_stage when 'completed' then 'hired' else ev.to_stage::text end as step, ${FROM_FAIR} as from_fair
      from placements pl
      join placement_events ev on ev.placement_id = pl.id
      where pl.municipality_id = ${municipalityId} and ${inYear(sql`ev.at`, year)}
        and (ev.to_stage in ('proposed', 'agreement') or (ev.to_stage = 'completed' and pl.outcome = 'hired'))`),
  );
  const events: FunnelEvent[] = rows.map((r) => ({
    participantId: r.participant_id,
    step: r.step,
    fromFair: r.from_fair,
  }));
  return { year, steps: funnel(events) };
}

/**
 * 3. Days from programme start to the first internship, by cohort. The first internship is the
 * earlier of a placement on an internship slot becoming active and an internship work period
 * that has started (staff recorded internships directly before the pipeline existed).
 */
export async function internshipReport(ctx: Ctx, now: Date) {
  const municipalityId = municipalityOf(ctx);
  const db = await getDb();
  // One row per cohort and number of days to the first internship (null: none yet), with how many.
  const rows = rowsOf<{ cohort: number; days: number | null; n: number }>(
    await db.execute(sql`
      with pipeline as (
        select pl.participant_id, min((ev.at at time zone 'Europe/Oslo')::date) as day
        from placements pl
        join slots s on s.id = pl.slot_id
        join placement_events ev on ev.placement_id = pl.id
        where pl.municipality_id = ${municipalityId} and s.kind = 'internship' and ev.to_stage = 'active'
        group by pl.participant_id
      ), recorded as (
        select w.participant_id, min(w.starts_on) as day
        from work_periods w
        join participants p on p.id = w.participant_id
        where p.municipality_id = ${municipalityId} and w.kind = 'internship' and w.starts_on <= ${osloDate(now)}::date
        group by w.participant_id
      )
      -- An internship that began before the programme counts as day 0.
      select extract(year from p.programme_start)::int as cohort,
        -- greatest() skips nulls, so the case keeps "none yet" apart from day 0.
        case when coalesce(pipeline.day, recorded.day) is not null
          then greatest(0, least(pipeline.day, recorded.day) - p.programme_start) end as days,
        count(*)::int as n
      from participants p
      left join pipeline on pipeline.participant_id = p.id
      left join recorded on recorded.participant_id = p.id
      where p.municipality_id = ${municipalityId}
      group by 1, 2`),
  );
  return timeToInternship(rows.map((r) => ({ cohort: r.cohort, days: r.days, count: r.n })));
}

/** 4. Placements proposed, agreements made and hires in the year, by the employer's industry. */
export async function industryReport(ctx: Ctx, year: number) {
  const municipalityId = municipalityOf(ctx);
  const db = await getDb();
  const rows = rowsOf<{ industry: Industry | null; proposed: boolean; agreement: boolean; hired: boolean }>(
    await db.execute(sql`
      select o.industry,
        bool_or(ev.to_stage = 'proposed') as proposed,
        bool_or(ev.to_stage = 'agreement') as agreement,
        bool_or(ev.to_stage = 'completed' and pl.outcome = 'hired') as hired
      from placements pl
      join organizations o on o.id = pl.employer_id
      join placement_events ev on ev.placement_id = pl.id
      where pl.municipality_id = ${municipalityId} and ${inYear(sql`ev.at`, year)} and ev.to_stage in ('proposed', 'agreement', 'completed')
      group by pl.id, o.industry`),
  );
  return { year, ...byIndustry(rows) };
}

/**
 * 5. Employers the municipality worked with: a placement moved past the consultant's own
 * shortlist, or an employer contact or workplace visit was logged. Years up to the chosen one,
 * so "new" means never engaged before.
 */
export async function employerReport(ctx: Ctx, year: number) {
  const municipalityId = municipalityOf(ctx);
  const db = await getDb();
  const rows = rowsOf<{ employer_id: string; industry: Industry | null; year: number }>(
    await db.execute(sql`
      select distinct x.employer_id, o.industry, x.year
      from (
        select pl.employer_id, extract(year from ev.at at time zone 'Europe/Oslo')::int as year
        from placements pl
        join placement_events ev on ev.placement_id = pl.id
        where pl.municipality_id = ${municipalityId} and ev.to_stage <> 'suggested'
          and ev.at < (make_date(${year + 1}::int, 1, 1)::timestamp at time zone 'Europe/Oslo')
        union
        select c.employer_id, extract(year from c.contact_date)::int as year
        from contacts c
        where c.municipality_id = ${municipalityId} and c.employer_id is not null and c.kind in ('employer', 'workplace_visit')
          and c.contact_date < make_date(${year + 1}::int, 1, 1)
      ) x
      join organizations o on o.id = x.employer_id`),
  );
  return employerEngagement(
    rows.map((r) => ({ employerId: r.employer_id, industry: r.industry, year: Number(r.year) })),
    year,
  );
}

export type CohortReport = Awaited<ReturnType<typeof cohortReport>>;
export type FunnelReport = Awaited<ReturnType<typeof funnelReport>>;
export type InternshipReport = Awaited<ReturnType<typeof internshipReport>>;
export type IndustryReport = Awaited<ReturnType<typeof industryReport>>;
export type EmployerReport = Awaited<ReturnType<typeof employerReport>>;
