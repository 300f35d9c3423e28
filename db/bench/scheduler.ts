// The speed-interview scheduler on a large fair: 500 candidates, 50 employers with 2 tables,
// 16 rounds, 5 wishes per candidate and 20 per employer, from a seeded PRNG. No database.
// Part of `npm run bench`; on its own: `npm run bench:scheduler`.
import { pathToFileURL } from "node:url";
import { schedule, type SchedulerInput } from "../../lib/interviews/scheduler";

type Emit = (name: string, value: number, unit: string) => void;

const RUNS = 5;

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `k` distinct numbers below `n`. */
function pick(random: () => number, n: number, k: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, n)) chosen.add(Math.floor(random() * n));
  return [...chosen];
}

export function largeFair(seed = 20260501): SchedulerInput {
  const random = prng(seed);
  const candidates = Array.from({ length: 500 }, (_, i) => `c${i}`);
  const stands = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, tables: 2 }));
  const wishes: SchedulerInput["wishes"][number][] = [];
  for (const c of candidates)
    for (const s of pick(random, stands.length, 5))
      wishes.push({ candidateId: c, standId: stands[s].id, by: "candidate" });
  for (const s of stands)
    for (const c of pick(random, candidates.length, 20))
      wishes.push({ candidateId: candidates[c], standId: s.id, by: "employer" });
  return { rounds: 16, stands, candidates, wishes };
}

/** Emits the slowest of RUNS runs, the first (cold) one included (budget ≤ 2 s) and objective / upper bound (goal ≥ 0.95). */
export function benchScheduler(emit: Emit): void {
  const input = largeFair();
  let slowest = 0;
  let result: ReturnType<typeof schedule> | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = schedule(input);
    slowest = Math.max(slowest, performance.now() - t);
  }
  if (!result) throw new Error("no runs");
  emit("scheduler.500x50x16.seconds", Math.round(slowest) / 1000, "s");
  emit("scheduler.500x50x16.bound_ratio", Math.round((result.objective / result.upperBound) * 10000) / 10000, "ratio");
  // For information: the same against the bound that ignores coverage (covering everyone may cost weight).
  emit(
    "scheduler.500x50x16.weight_ratio",
    Math.round((result.objective / result.weightBound) * 10000) / 10000,
    "ratio",
  );
  emit("scheduler.500x50x16.uncovered", result.uncovered.length, "candidates");
  emit("scheduler.500x50x16.interviews", result.interviews.length, "interviews");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchScheduler((name, value, unit) => console.log(JSON.stringify({ name, value, unit })));
}
