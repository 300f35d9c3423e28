import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conflicts } from "./rules";
import { schedule, wantedPairs, WEIGHTS, type SchedulerInput, type ScheduledInterview } from "./scheduler";

type Wish = SchedulerInput["wishes"][number];
const cw = (candidateId: string, standId: string): Wish => ({ candidateId, standId, by: "candidate" });
const ew = (candidateId: string, standId: string): Wish => ({ candidateId, standId, by: "employer" });

/** Every rule of a schedule: one interview per candidate per round, one per table per round, no repeated pair, tables and rounds in range. */
function expectValid(input: SchedulerInput, interviews: ScheduledInterview[]): void {
  const tables = new Map(input.stands.map((s) => [s.id, s.tables]));
  for (const i of interviews) {
    expect(i.round).toBeGreaterThanOrEqual(0);
    expect(i.round).toBeLessThan(input.rounds);
    expect(i.table).toBeGreaterThanOrEqual(0);
    expect(i.table).toBeLessThan(tables.get(i.standId) ?? 0);
  }
  expect(
    conflicts(
      interviews.map((i, k) => ({
        id: String(k),
        candidateId: i.candidateId,
        standId: i.standId,
        round: i.round,
        tableNo: i.table,
      })),
    ),
  ).toEqual([]);
}

/** Brute force over every schedule of the wanted pairs: each pair unscheduled or at some (round, table). */
function bruteForce(input: SchedulerInput): { covered: number; weight: number; maxWeight: number } {
  const pairs = wantedPairs(input);
  const tables = new Map(input.stands.map((s) => [s.id, s.tables]));
  let best = { covered: 0, weight: 0 };
  let maxWeight = 0;
  const chosen: (null | { round: number; table: number })[] = [];
  const busy = new Set<string>();
  const walk = (k: number) => {
    if (k === pairs.length) {
      const met = new Set(pairs.filter((_, i) => chosen[i]).map((p) => p.candidateId));
      const weight = pairs.reduce((s, p, i) => s + (chosen[i] ? p.weight : 0), 0);
      maxWeight = Math.max(maxWeight, weight);
      if (met.size > best.covered || (met.size === best.covered && weight > best.weight))
        best = { covered: met.size, weight };
      return;
    }
    chosen[k] = null;
    walk(k + 1);
    const p = pairs[k];
    for (let round = 0; round < input.rounds; round++) {
      for (let table = 0; table < (tables.get(p.standId) ?? 0); table++) {
        const c = `c${p.candidateId}@${round}`;
        const t = `t${p.standId}.${table}@${round}`;
        if (busy.has(c) || busy.has(t)) continue;
        busy.add(c).add(t);
        chosen[k] = { round, table };
        walk(k + 1);
        busy.delete(c);
        busy.delete(t);
      }
    }
    chosen[k] = null;
  };
  walk(0);
  return { ...best, maxWeight };
}

describe("schedule", () => {
  it("gives everyone their wishes when there is room", () => {
    const input: SchedulerInput = {
      rounds: 3,
      stands: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      candidates: ["1", "2"],
      wishes: [cw("1", "A"), cw("1", "B"), cw("2", "A"), ew("2", "A")],
    };
    const r = schedule(input);
    expectValid(input, r.interviews);
    expect(r.interviews).toHaveLength(3);
    expect(r.objective).toBe(WEIGHTS.mutual + 2 * WEIGHTS.oneSided);
    expect(r.upperBound).toBe(r.objective);
    expect(r.uncovered).toEqual([]);
  });

  it("covers every wishing candidate before adding weight", () => {
    // One table: in one round the mutual pair wins; with two rounds both candidates meet A.
    const input: SchedulerInput = {
      rounds: 2,
      stands: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      candidates: ["1", "2"],
      wishes: [cw("1", "A"), ew("1", "A"), cw("1", "B"), ew("1", "B"), cw("2", "A"), cw("2", "B")],
    };
    const r = schedule({ ...input, stands: [{ id: "A", tables: 1 }] });
    expect(r.covered).toBe(2);
    expect(r.objective).toBe(WEIGHTS.mutual + WEIGHTS.oneSided);
    expect(r.weightBound).toBe(WEIGHTS.mutual + WEIGHTS.oneSided);
    const single = schedule({ ...input, rounds: 1, stands: [{ id: "A", tables: 1 }] });
    expect(single.covered).toBe(1);
    expect(single.objective).toBe(WEIGHTS.mutual);
    const both = schedule(input);
    expect(both.covered).toBe(2);
    expectValid(input, both.interviews);
  });

  it("may give up weight to cover one more candidate, and says so in weightBound", () => {
    const input: SchedulerInput = {
      rounds: 1,
      stands: [{ id: "A", tables: 1 }],
      candidates: ["1", "2"],
      wishes: [cw("1", "A"), ew("1", "A"), cw("2", "A")],
    };
    const r = schedule(input);
    expect(r.covered).toBe(1);
    expect(r.objective).toBe(WEIGHTS.mutual);
    const twoStands = schedule({
      ...input,
      stands: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      wishes: [...input.wishes, cw("1", "B")],
    });
    // Candidate 1 takes B (weight 1) so candidate 2 can meet A: weight 2 < 3, coverage 2 > 1.
    expect(twoStands.covered).toBe(2);
    expect(twoStands.objective).toBe(2);
    expect(twoStands.weightBound).toBe(3);
  });

  it("never uses stands without tables", () => {
    const input: SchedulerInput = {
      rounds: 4,
      stands: [
        { id: "A", tables: 0 },
        { id: "B", tables: 2 },
      ],
      candidates: ["1", "2"],
      wishes: [cw("1", "A"), cw("2", "A"), cw("2", "B")],
    };
    const r = schedule(input);
    expect(r.interviews).toEqual([{ candidateId: "2", standId: "B", round: 0, table: 0 }]);
    expect(r.uncovered).toEqual(["1"]);
    expect(r.wishing).toBe(2);
  });

  it("handles no wishes, no rounds and unknown ids", () => {
    const base: SchedulerInput = { rounds: 3, stands: [{ id: "A", tables: 1 }], candidates: ["1"], wishes: [] };
    expect(schedule(base)).toMatchObject({ interviews: [], objective: 0, upperBound: 0, wishing: 0, covered: 0 });
    expect(schedule({ ...base, rounds: 0, wishes: [cw("1", "A")] })).toMatchObject({
      interviews: [],
      uncovered: ["1"],
    });
    expect(schedule({ ...base, wishes: [cw("9", "A"), cw("1", "Z")] }).interviews).toEqual([]);
  });

  it("is deterministic", () => {
    const input: SchedulerInput = {
      rounds: 2,
      stands: [
        { id: "A", tables: 1 },
        { id: "B", tables: 1 },
      ],
      candidates: ["1", "2", "3"],
      wishes: [cw("1", "A"), cw("2", "A"), cw("3", "A"), cw("3", "B"), ew("2", "B")],
    };
    expect(schedule(input)).toEqual(schedule(input));
  });

  const tiny = fc
    .record({
      rounds: fc.integer({ min: 1, max: 3 }),
      tables: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 }),
      candidates: fc.integer({ min: 1, max: 4 }),
      wishes: fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.boolean()), { maxLength: 7 }),
    })
    .map(({ rounds, tables, candidates, wishes }) => ({
      rounds,
      stands: tables.map((t, i) => ({ id: `s${i}`, tables: t })),
      candidates: Array.from({ length: candidates }, (_, i) => `c${i}`),
      wishes: wishes.map(([c, s, byCandidate]) => ({
        candidateId: `c${c % candidates}`,
        standId: `s${s % tables.length}`,
        by: byCandidate ? ("candidate" as const) : ("employer" as const),
      })),
    }));

  it("matches brute force on tiny instances: optimal, bound honest, constraints kept", () => {
    fc.assert(
      fc.property(tiny, (input) => {
        const r = schedule(input);
        expectValid(input, r.interviews);
        const best = bruteForce(input);
        expect(r.covered).toBe(best.covered);
        expect(r.objective).toBe(best.weight);
        expect(r.upperBound).toBeGreaterThanOrEqual(best.weight);
        expect(r.weightBound).toBe(best.maxWeight);
        expect(r.covered + r.uncovered.length).toBe(r.wishing);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every constraint and reaches its bound on larger random instances", () => {
    const medium = fc.record({
      rounds: fc.integer({ min: 1, max: 8 }),
      tables: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 10 }),
      candidates: fc.integer({ min: 1, max: 40 }),
      wishes: fc.array(fc.tuple(fc.nat(100), fc.nat(100), fc.boolean()), { maxLength: 150 }),
    });
    fc.assert(
      fc.property(medium, ({ rounds, tables, candidates, wishes }) => {
        const input: SchedulerInput = {
          rounds,
          stands: tables.map((t, i) => ({ id: `s${i}`, tables: t })),
          candidates: Array.from({ length: candidates }, (_, i) => `c${i}`),
          wishes: wishes.map(([c, s, b]) => ({
            candidateId: `c${c % candidates}`,
            standId: `s${s % tables.length}`,
            by: b ? "candidate" : "employer",
          })),
        };
        const r = schedule(input);
        expectValid(input, r.interviews);
        expect(r.objective).toBe(r.upperBound);
        expect(r.upperBound).toBeLessThanOrEqual(r.weightBound);
        const perCandidate = new Map<string, number>();
        for (const i of r.interviews) perCandidate.set(i.candidateId, (perCandidate.get(i.candidateId) ?? 0) + 1);
        for (const n of perCandidate.values()) expect(n).toBeLessThanOrEqual(rounds);
      }),
      { numRuns: 100 },
    );
  });
});
