// The speed-interview scheduler: pure (no database, no clock, no randomness), so it is
// unit-tested on small cases against brute force and timed in `npm run bench`.
//
// Method, in two exact steps:
// 1. Which meetings: ignoring rounds, pick a set of wanted (candidate, stand) pairs with each
//    candidate in at most R of them and each stand in at most tables×R. This is a max-weight
//    b-matching, solved as a min-cost flow (successive shortest paths, Dijkstra on reduced
//    costs). A candidate's first unit of flow carries a bonus larger than all weights together,
//    so the flow first covers as many wishing candidates as possible, then maximizes weight.
// 2. When: split each stand into its tables (at most R meetings each) and colour the edges of
//    the bipartite graph candidate–table with R colours (= rounds). König's theorem says this
//    always succeeds when no vertex has more than R edges; alternating-path recolouring does it.
//
// Upper bound: every feasible schedule, with its rounds forgotten, is a feasible pair set of
// step 1, so step 1's optimum is an upper bound on (covered candidates, weight) in
// lexicographic order — and step 2 always realizes it, so the result equals the bound.
// `upperBound` is that optimum's weight: no schedule that covers as many candidates as this
// one has a higher weight. `weightBound` is the same relaxation without the coverage bonus:
// no schedule at all has a higher weight (covering everyone may cost some weight).

import { Flow } from "./min-cost-flow";

export const WEIGHTS = { mutual: 3, oneSided: 1 } as const;

export interface SchedulerInput {
  rounds: number;
  stands: readonly { id: string; tables: number }[];
  candidates: readonly string[];
  wishes: readonly { candidateId: string; standId: string; by: "candidate" | "employer" }[];
}

export interface ScheduledInterview {
  candidateId: string;
  standId: string;
  /** 0-based. */
  round: number;
  /** 0-based. */
  table: number;
}

export interface SchedulerResult {
  interviews: ScheduledInterview[];
  /** Sum of the weights of the scheduled meetings. */
  objective: number;
  /** Highest weight of any schedule covering as many candidates (see the header). */
  upperBound: number;
  /** Highest weight of any schedule, coverage aside. */
  weightBound: number;
  /** Candidates with a wanted meeting (either side wished it). */
  wishing: number;
  /** Of those, how many got at least one meeting. */
  covered: number;
  /** Wishing candidates left without any meeting. */
  uncovered: string[];
}

export interface WantedPair {
  candidateId: string;
  standId: string;
  weight: number;
}

/** Wanted pairs with their weights, for known candidates and stands, in input order. */
export function wantedPairs(input: Pick<SchedulerInput, "stands" | "candidates" | "wishes">): WantedPair[] {
  const standIds = new Set(input.stands.map((s) => s.id));
  const candidateIds = new Set(input.candidates);
  const sides = new Map<string, { c: boolean; e: boolean; candidateId: string; standId: string }>();
  for (const w of input.wishes) {
    if (!standIds.has(w.standId) || !candidateIds.has(w.candidateId)) continue;
    const key = `${w.candidateId}|${w.standId}`;
    const s = sides.get(key) ?? { c: false, e: false, candidateId: w.candidateId, standId: w.standId };
    if (w.by === "candidate") s.c = true;
    else s.e = true;
    sides.set(key, s);
  }
  return [...sides.values()].map((s) => ({
    candidateId: s.candidateId,
    standId: s.standId,
    weight: s.c && s.e ? WEIGHTS.mutual : WEIGHTS.oneSided,
  }));
}

/** Weight of a set of meetings: wanted pairs count once each, unwanted ones nothing. */
export function scheduleWeight(
  pairs: readonly WantedPair[],
  interviews: readonly { candidateId: string; standId: string }[],
): number {
  const weight = new Map(pairs.map((p) => [`${p.candidateId}|${p.standId}`, p.weight]));
  const seen = new Set<string>();
  let total = 0;
  for (const i of interviews) {
    const key = `${i.candidateId}|${i.standId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total += weight.get(key) ?? 0;
  }
  return total;
}

/** Step 1: the chosen pairs (indexes into `pairs`) of the b-matching, with or without the coverage bonus. */
function choosePairs(
  rounds: number,
  stands: SchedulerInput["stands"],
  candidates: readonly string[],
  pairs: readonly WantedPair[],
  coverFirst: boolean,
): number[] {
  const standIndex = new Map(stands.map((s, i) => [s.id, i]));
  const candIndex = new Map(candidates.map((c, i) => [c, i]));
  const C = candidates.length;
  const S = stands.length;
  const source = C + S;
  const sink = source + 1;
  const flow = new Flow(C + S + 2);
  // Larger than the total weight, so one more covered candidate beats any amount of weight.
  const bonus = pairs.reduce((sum, p) => sum + p.weight, 0) + 1;
  const hasPair = new Set(pairs.map((p) => p.candidateId));
  candidates.forEach((c, i) => {
    if (!hasPair.has(c)) return;
    if (coverFirst) {
      flow.add(source, i, 1, -bonus);
      if (rounds > 1) flow.add(source, i, rounds - 1, 0);
    } else flow.add(source, i, rounds, 0);
  });
  stands.forEach((s, j) => {
    if (s.tables > 0) flow.add(C + j, sink, s.tables * rounds, 0);
  });
  const edges = pairs.map((p) => flow.add(candIndex.get(p.candidateId)!, C + standIndex.get(p.standId)!, 1, -p.weight));
  flow.run(source, sink);
  return edges.flatMap((e, k) => (flow.cap[e] === 0 ? [k] : []));
}

/** Step 2: rounds by bipartite edge colouring of candidate–table; tables filled in order. */
function assignRounds(
  rounds: number,
  stands: SchedulerInput["stands"],
  chosen: readonly { candidateId: string; standId: string }[],
): ScheduledInterview[] {
  const used = new Map<string, number>();
  const edges = chosen.map((p) => {
    const k = used.get(p.standId) ?? 0;
    used.set(p.standId, k + 1);
    return {
      ...p,
      table: Math.floor(k / rounds),
      u: `c:${p.candidateId}`,
      v: `t:${p.standId}:${Math.floor(k / rounds)}`,
    };
  });
  // at.get(vertex)[colour] = index of the edge with that colour at the vertex, or -1.
  const at = new Map<string, number[]>();
  const slot = (x: string) => {
    let a = at.get(x);
    if (!a) at.set(x, (a = new Array<number>(rounds).fill(-1)));
    return a;
  };
  const colour = new Array<number>(edges.length).fill(-1);
  const other = (e: number, x: string) => (edges[e].u === x ? edges[e].v : edges[e].u);
  edges.forEach((edge, e) => {
    const cu = slot(edge.u);
    const cv = slot(edge.v);
    const a = cu.indexOf(-1);
    const b = cv.indexOf(-1);
    if (cv[a] !== -1) {
      // a is taken at v and b is free there: flip the a/b path that starts at v. In a bipartite
      // graph it cannot end at u, so afterwards a is free at both ends.
      const path: number[] = [];
      let x = edge.v;
      let c = a;
      while (slot(x)[c] !== -1) {
        const f = slot(x)[c];
        path.push(f);
        x = other(f, x);
        c = c === a ? b : a;
      }
      for (const f of path) {
        slot(edges[f].u)[colour[f]] = -1;
        slot(edges[f].v)[colour[f]] = -1;
      }
      for (const f of path) {
        colour[f] = colour[f] === a ? b : a;
        slot(edges[f].u)[colour[f]] = f;
        slot(edges[f].v)[colour[f]] = f;
      }
    }
    colour[e] = a;
    cu[a] = e;
    cv[a] = e;
  });
  return edges.map((e, k) => ({ candidateId: e.candidateId, standId: e.standId, round: colour[k], table: e.table }));
}

export function schedule(input: SchedulerInput): SchedulerResult {
  const rounds = Math.max(0, Math.floor(input.rounds));
  const stands = input.stands.map((s) => ({ id: s.id, tables: Math.max(0, Math.floor(s.tables)) }));
  const candidates = [...new Set(input.candidates)];
  const pairs = wantedPairs({ stands, candidates, wishes: input.wishes });
  const wishingIds = [...new Set(pairs.map((p) => p.candidateId))];
  const empty = {
    interviews: [],
    objective: 0,
    upperBound: 0,
    weightBound: 0,
    wishing: wishingIds.length,
    covered: 0,
    uncovered: wishingIds,
  };
  if (rounds === 0 || pairs.length === 0) return empty;

  const chosen = choosePairs(rounds, stands, candidates, pairs, true).map((k) => pairs[k]);
  const objective = chosen.reduce((sum, p) => sum + p.weight, 0);
  const weightBound = choosePairs(rounds, stands, candidates, pairs, false).reduce(
    (sum, k) => sum + pairs[k].weight,
    0,
  );
  const interviews = assignRounds(rounds, stands, chosen).sort(
    (x, y) => x.round - y.round || x.standId.localeCompare(y.standId) || x.table - y.table,
  );
  const met = new Set(chosen.map((p) => p.candidateId));
  const uncovered = wishingIds.filter((c) => !met.has(c));
  return {
    interviews,
    objective,
    upperBound: objective,
    weightBound,
    wishing: wishingIds.length,
    covered: met.size,
    uncovered,
  };
}
