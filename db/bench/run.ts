// npm run bench — prints one JSON object per line: {"name": …, "value": …, "unit": …}.
// Runs on PostgreSQL in BENCH_DATABASE_URL (created, migrated, seeded and filled with the
// national-scale data set when missing). Lib code imports "server-only", so the script runs
// with the react-server condition (see package.json).
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openPglite, openPostgres, setDbHandle, type Db, type DbHandle } from "../index";
import { seed } from "../seed";
import { ctxFor } from "../testing/ctx";
import { logLine } from "../../lib/logging/logger";
import type { ParticipantFilters } from "../../lib/participants/data";
import { benchAggregates } from "./aggregates";
import { benchCouncil } from "./council";
import { generateNational } from "./generate";
import { generateNationalPipeline } from "./generate-pipeline";
import { benchPages } from "./pages";
import { benchScheduler } from "./scheduler";

const DEFAULT_URL = "postgres://lagspill:lagspill@127.0.0.1:5432/lagspill_bench";
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const WARMUP = 5;

function emit(name: string, value: number, unit: string): void {
  console.log(JSON.stringify({ name, value, unit }));
}

/** The p-th percentile (0..100) by nearest rank. */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsupported database name "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const { default: postgres } = await import("postgres");
  const client = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const rows = await client`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) await client.unsafe(`create database ${name}`);
  } finally {
    await client.end();
  }
}

/** Times `fn` RUNS times after a warm-up and returns the samples in milliseconds. */
async function measure(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

async function main(): Promise<void> {
  // Pure computation, no database: first, so its numbers come even when PostgreSQL is missing.
  benchScheduler(emit);
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
  await ensureDatabase(url);
  const handle: DbHandle = await openPostgres(url, { migrate: true });
  setDbHandle(handle);
  try {
    await seed(handle.db);
    const generated = await generateNational(handle.db, (line) => console.error(`bench: ${line}`));
    emit("caseload.generate.seconds", generated.seconds, "s");

    // Imported after the handle is installed: the list reads the db through getDb().
    const { listParticipants } = await import("../../lib/participants/data");
    const consultant = await ctxFor(handle.db, "jonas.kvamsdal@bergen.kommune.example");
    const admin = await ctxFor(handle.db, "ragnhild.fossdal@bergen.kommune.example");

    // The case: one consultant's caseload with every filter, a sort and page 1.
    const filtered: ParticipantFilters = {
      assigned: "mine",
      status: "enrolled",
      endsWithinMonths: 6,
      norwegianLevel: "A2",
      wish: "5321",
      q: "a",
      sort: "programmeEnd",
      dir: "asc",
      page: 1,
      pageSize: 25,
    };
    const filteredSamples = await measure(() => listParticipants(consultant, filtered));
    emit("caseload.list.p95_ms", round(percentile(filteredSamples, 95)), "ms");
    emit("caseload.list.p50_ms", round(percentile(filteredSamples, 50)), "ms");
    emit("caseload.list.matches", (await listParticipants(consultant, filtered)).total, "rows");

    // The same consultant's whole active caseload sorted by next follow-up: the heaviest sort.
    const caseload: ParticipantFilters = { assigned: "mine", sort: "nextFollowUp", dir: "asc", page: 1, pageSize: 25 };
    emit(
      "caseload.list_unfiltered.p95_ms",
      round(percentile(await measure(() => listParticipants(consultant, caseload)), 95)),
      "ms",
    );

    // An admin's view of the whole municipality (Bergen, 5,000 participants), by name.
    const municipality: ParticipantFilters = {
      assigned: "all",
      status: "all",
      sort: "name",
      dir: "asc",
      page: 1,
      pageSize: 25,
    };
    emit(
      "caseload.list_municipality.p95_ms",
      round(percentile(await measure(() => listParticipants(admin, municipality)), 95)),
      "ms",
    );

    const pipeline = await generateNationalPipeline(handle.db, (line) => console.error(`bench: ${line}`));
    emit("matching.generate.seconds", pipeline.seconds, "s");
    await benchMatching(handle.db, "");
    await benchCouncil(handle.db, emit, measure);
    await benchAggregates(handle.db, emit, measure, percentile);
  } finally {
    await handle.close();
  }

  // The same matching over the same data set on the embedded database, for information (no budget).
  // It lives in a folder under the system's temp dir and is generated there once (BENCH_PGLITE=0 skips it).
  if (process.env.BENCH_PGLITE !== "0") {
    const dir = process.env.BENCH_PGLITE_DIR ?? path.join(tmpdir(), "lagspill-bench-pglite");
    const pglite = await openPglite(dir);
    setDbHandle(pglite);
    try {
      await seed(pglite.db);
      await generateNational(pglite.db, (line) => console.error(`bench (pglite): ${line}`));
      await generateNationalPipeline(pglite.db, (line) => console.error(`bench (pglite): ${line}`));
      await benchMatching(pglite.db, ".pglite");
    } finally {
      await pglite.close();
    }
  }

  // The pages over HTTP on a production server, beside a bare Next.js page (BENCH_PAGES=0 skips it).
  if (process.env.BENCH_PAGES !== "0") await benchPages(url, emit);
}

/**
 * Top 20 participants for one open Bergen slot (Bergen has 5,000 of the 50,000 participants),
 * and top 20 of the 20,000 slots for one Bergen participant: the SQL pre-filter plus the ranking.
 */
async function benchMatching(db: Db, suffix: string): Promise<void> {
  const { matchesForParticipant, matchesForSlot } = await import("../../lib/matching/data");
  const consultant = await ctxFor(db, "jonas.kvamsdal@bergen.kommune.example");
  const rows = async <T>(query: ReturnType<typeof sql>) => {
    const r = await db.execute(query);
    return (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as T[];
  };
  // A cleaning slot: the occupation most participants wish for, so the pre-filter has the most to do.
  const [slot] = await rows<{ id: string }>(sql`select s.id from slots s join organizations o on o.id = s.employer_id
    where o.city = 'Bergen' and s.status = 'open' and s.isco_code = '9112' and o.name like 'Bedrift % AS' order by s.id limit 1`);
  const [participant] = await rows<{ id: string }>(sql`select p.id from participants p
    where p.municipality_id = ${consultant.membership.organizationId} and p.status = 'enrolled' and p.external_id like 'NAT-%'
      and p.programme_end > current_date + 180
      and exists (select 1 from consents c where c.participant_id = p.id and c.scope = 'share_employers' and c.withdrawn_at is null)
    order by p.id limit 1`);
  const slotSamples = await measure(() => matchesForSlot(consultant, slot.id));
  emit(`matching.slot_top20${suffix}.p95_ms`, round(percentile(slotSamples, 95)), "ms");
  emit(`matching.slot_top20${suffix}.p50_ms`, round(percentile(slotSamples, 50)), "ms");
  emit(`matching.slot_top20${suffix}.results`, (await matchesForSlot(consultant, slot.id)).matches.length, "rows");
  const participantSamples = await measure(() => matchesForParticipant(consultant, participant.id));
  emit(`matching.participant_top20${suffix}.p95_ms`, round(percentile(participantSamples, 95)), "ms");
  emit(`matching.participant_top20${suffix}.p50_ms`, round(percentile(participantSamples, 50)), "ms");
  emit(
    `matching.participant_top20${suffix}.results`,
    (await matchesForParticipant(consultant, participant.id)).matches.length,
    "rows",
  );
}

main().catch((err) => {
  logLine(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
