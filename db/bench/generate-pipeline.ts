// The pipeline part of the national-scale data set, for the matching benchmark: employers in
// every municipality's city, 20,000 slots, and the participant facts matching reads (consent
// to share with employers, experience, hours, driving licence, availability). Like the caseload
// part it is made by PostgreSQL itself and recorded in job_runs, so it runs once per database;
// its own marker lets an existing benchmark database gain it without regenerating the rest.
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../index";
import { jobRuns, organizations } from "../schema";
import { demoOrgNumber, stableId } from "../seed";
import { WISH_CODES } from "./generate";

export const NATIONAL_PIPELINE = {
  slots: 20_000,
  /** Employers per city: the big cities get more, like their share of participants. */
  employers: { Bergen: 40, Trondheim: 24, other: 8 },
} as const;
const MARKER = { name: "bench.generate", periodKey: "national-pipeline-v1" };

/** Slots ask for the occupations participants wish for, plus some nobody wishes for. */
const SLOT_CODES = [...WISH_CODES, "4110", "7212", "7131", "3512", "5322", "2144", "4311", "7512"];
const textArray = (xs: readonly string[]) => `array[${xs.map((x) => `'${x}'`).join(",")}]`;
const pick = (expr: string, salt: string, n: number) => `abs(hashtext(${expr}::text || '${salt}') % ${n})`;

export interface PipelineReport {
  generated: boolean;
  seconds: number;
  employers: number;
  slots: number;
}

export async function generateNationalPipeline(
  db: Db,
  log: (line: string) => void = () => {},
): Promise<PipelineReport> {
  const [done] = await db
    .select({ result: jobRuns.result })
    .from(jobRuns)
    .where(and(eq(jobRuns.name, MARKER.name), eq(jobRuns.periodKey, MARKER.periodKey)));
  if (done) return { ...(done.result as Omit<PipelineReport, "generated">), generated: false };

  const started = performance.now();
  const counts = await db.transaction(async (tx) => {
    const municipalities = await tx
      .select({ city: organizations.city })
      .from(organizations)
      .where(eq(organizations.kind, "municipality"))
      .orderBy(organizations.city);
    const employerRows = municipalities.flatMap(({ city }) => {
      const n =
        city === "Bergen" || city === "Trondheim"
          ? NATIONAL_PIPELINE.employers[city]
          : NATIONAL_PIPELINE.employers.other;
      return Array.from({ length: n }, (_, k) => ({ city, k }));
    });
    const rows = employerRows.map(({ city, k }, i) => ({
      id: stableId(`national:employer:${city}:${k}`),
      kind: "employer" as const,
      name: `Bedrift ${k + 1} i ${city} AS`,
      orgNumber: demoOrgNumber(2_000 + i),
      city,
      industry: (
        [
          "cleaning",
          "kindergarten",
          "health_care",
          "retail",
          "hospitality",
          "construction",
          "logistics",
          "engineering",
        ] as const
      )[i % 8],
      area: ["Sentrum", "Nord", "Sør", "Øst", "Vest"][k % 5],
    }));
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insert(organizations)
        .values(rows.slice(i, i + 500))
        .onConflictDoNothing();
    log(`employers: ${rows.length}`);

    // Slots spread over the employers evenly, so each city gets its share; most open, starting around today.
    await tx.execute(
      sql.raw(`
      with e as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total from organizations where name like 'Bedrift % AS' and kind = 'employer')
      insert into slots (employer_id, kind, title, description, isco_code, positions, norwegian_required, requires_driving_licence,
        area, starts_on, ends_on, hours_per_week, can_lead_to_job, status)
      select e.id,
        (array['internship','internship','job','apprenticeship','trainee'])[1 + ${pick("g.i", "k", 5)}]::slot_kind,
        'Plass ' || g.i, 'Arbeidsoppgaver for plass ' || g.i,
        (${textArray(SLOT_CODES)})[1 + ${pick("g.i", "c", SLOT_CODES.length)}],
        1 + ${pick("g.i", "p", 3)},
        (array['A1','A2','A2','B1','B1','B2'])[1 + ${pick("g.i", "n", 6)}]::cefr_level,
        ${pick("g.i", "d", 7)} = 0,
        (array['Sentrum','Nord','Sør','Øst','Vest'])[1 + ${pick("g.i", "a", 5)}],
        current_date - 30 + ${pick("g.i", "s", 120)},
        case when ${pick("g.i", "f", 4)} = 0 then null else current_date + 60 + ${pick("g.i", "e", 300)} end,
        (array[15, 20, 30, 37, 37])[1 + ${pick("g.i", "h", 5)}],
        ${pick("g.i", "j", 2)} = 0,
        (case when ${pick("g.i", "t", 10)} < 8 then 'open' when ${pick("g.i", "t", 10)} = 8 then 'filled' else 'closed' end)::slot_status
      from generate_series(0, ${NATIONAL_PIPELINE.slots - 1}) g(i)
      join e on e.n = g.i % e.total`),
    );
    log(`slots: ${NATIONAL_PIPELINE.slots}`);

    // What matching reads about a participant: about seven in ten consent to sharing with employers.
    await tx.execute(
      sql.raw(`
      update participants p set
        hours_per_week = (array[37, 30, 20, null])[1 + ${pick("p.external_id", "hw", 4)}]::smallint,
        driving_licence = ${pick("p.external_id", "dl", 3)} = 0,
        available_from = case when ${pick("p.external_id", "af", 3)} = 0 then current_date + ${pick("p.external_id", "ad", 90)} else null end
      where p.external_id like 'NAT-%'`),
    );
    await tx.execute(
      sql.raw(`
      insert into consents (participant_id, scope, given_on, method)
      select p.id, 'share_employers', p.programme_start + 14, 'signed_form'
      from participants p where p.external_id like 'NAT-%' and ${pick("p.external_id", "cs", 10)} < 7`),
    );
    await tx.execute(
      sql.raw(`
      insert into participant_experience (participant_id, isco_code, years)
      select p.id, (${textArray(SLOT_CODES)})[1 + ${pick("p.external_id", "xp", SLOT_CODES.length)}], 1 + ${pick("p.external_id", "xy", 10)}
      from participants p where p.external_id like 'NAT-%' and ${pick("p.external_id", "xe", 2)} = 0`),
    );
    log("participant facts for matching");

    const seconds = Math.round((performance.now() - started) / 100) / 10;
    await tx.insert(jobRuns).values({
      ...MARKER,
      finishedAt: new Date(),
      result: { seconds, employers: rows.length, slots: NATIONAL_PIPELINE.slots },
    });
    return { employers: rows.length, slots: NATIONAL_PIPELINE.slots };
  });
  await db.execute(sql`analyze`);
  return { generated: true, seconds: Math.round((performance.now() - started) / 100) / 10, ...counts };
}
