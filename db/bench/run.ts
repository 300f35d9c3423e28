// npm run bench — prints one JSON object per line: {"name": …, "value": …, "unit": …}.
// Runs on PostgreSQL in BENCH_DATABASE_URL (created, migrated, seeded and filled with the
// national-scale data set when missing). Lib code imports "server-only", so the script runs
// with the react-server condition (see package.json).
import { openPostgres, setDbHandle, type DbHandle } from "../index";
import { seed } from "../seed";
import { ctxFor } from "../testing/ctx";
import type { ParticipantFilters } from "../../lib/participants/data";
import { generateNational } from "./generate";

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
    emit("caseload.list_unfiltered.p95_ms", round(percentile(await measure(() => listParticipants(consultant, caseload)), 95)), "ms");

    // An admin's view of the whole municipality (Bergen, 5,000 participants), by name.
    const municipality: ParticipantFilters = { assigned: "all", status: "all", sort: "name", dir: "asc", page: 1, pageSize: 25 };
    emit("caseload.list_municipality.p95_ms", round(percentile(await measure(() => listParticipants(admin, municipality)), 95)), "ms");
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error("bench failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
