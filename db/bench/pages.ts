// The page benchmark: a bare Next.js page (db/bench/bare-app) and the project's pages, both as
// production builds on this machine in the same run, each page under autocannon for BENCH_PAGE_SECONDS
// at 1 and at 10 connections. Prints per page: req/s at 1 and 10 connections, p95 at 1 connection,
// the HTML size, and the ratio of its req/s at 10 connections to the bare page's (measured before and
// after the project, averaged). Called at the end of db/bench/run.ts (BENCH_PAGES=0 skips it).
import { createRequire } from "node:module";
import postgres from "postgres";
import { DEMO_USERS, firstEventPath, pageList } from "./page-list";
import { signIn, startBare, startProject } from "./server";

interface AutocannonResult {
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  then: Promise<AutocannonResult>["then"];
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
}) => AutocannonInstance;
type Emit = (name: string, value: number, unit: string) => void;

const PORT = Number(process.env.BENCH_PORT ?? 3310);
const SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 6);
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** p-th percentile (0..100) by nearest rank, the same rule as the other bench numbers. */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
const r1 = (n: number) => Math.round(n * 10) / 10;

interface PageFigures {
  rps1: number;
  rps10: number;
  p95: number;
  htmlKb: number;
  failed: number;
}

async function measurePage(url: string, cookie: string | null): Promise<PageFigures> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const first = await fetch(url, { headers, redirect: "manual" });
  const html = await first.text();
  if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
  // Warm-up: the first renders compile nothing in production, but fill caches and the JIT.
  await autocannon({ url, connections: 2, duration: 1, headers });
  const samples: number[] = [];
  const one = autocannon({ url, connections: 1, duration: SECONDS, headers });
  one.on("response", (_c, _s, _b, ms) => samples.push(ms));
  const single = await one;
  const ten = await autocannon({ url, connections: 10, duration: SECONDS, headers });
  return {
    rps1: single.requests.average,
    rps10: ten.requests.average,
    p95: percentile(samples, 95),
    htmlKb: Buffer.byteLength(html) / 1024,
    failed: single.non2xx + single.errors + single.timeouts + ten.non2xx + ten.errors + ten.timeouts,
  };
}

async function bare(emit: Emit, label: string): Promise<number> {
  const server = await startBare(PORT);
  try {
    const f = await measurePage(`${server.base}/`, null);
    emit(`page.bare.${label}.rps_10`, r1(f.rps10), "req/s");
    emit(`page.bare.${label}.rps_1`, r1(f.rps1), "req/s");
    emit(`page.bare.${label}.p95_ms`, r1(f.p95), "ms");
    emit(`page.bare.${label}.html_kb`, r1(f.htmlKb), "KB");
    if (f.failed) throw new Error(`the bare page answered ${f.failed} non-2xx`);
    return f.rps10;
  } finally {
    await server.stop();
  }
}

export async function benchPages(databaseUrl: string, emit: Emit): Promise<void> {
  const before = await bare(emit, "before");
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const pages = await pageList(sql).finally(() => sql.end());
  const server = await startProject(PORT, databaseUrl);
  const results: [string, PageFigures][] = [];
  try {
    const cookies = new Map<string, string>();
    for (const [key, email] of Object.entries(DEMO_USERS)) cookies.set(key, await signIn(server.base, email));
    for (const page of pages) {
      const cookie = page.user ? cookies.get(page.user)! : null;
      if (page.path === "/events/<first>")
        page.path = firstEventPath(
          await (await fetch(`${server.base}/events`, { headers: { cookie: cookie! } })).text(),
        );
      results.push([page.name, await measurePage(`${server.base}${page.path}`, cookie)]);
    }
  } finally {
    await server.stop();
  }
  const after = await bare(emit, "after");
  const floor = (before + after) / 2;
  emit("page.bare.rps_10", r1(floor), "req/s");
  let failed = 0;
  for (const [name, f] of results) {
    emit(`page.${name}.ratio`, Math.round((f.rps10 / floor) * 100) / 100, "ratio");
    emit(`page.${name}.rps_10`, r1(f.rps10), "req/s");
    emit(`page.${name}.rps_1`, r1(f.rps1), "req/s");
    emit(`page.${name}.p95_ms`, r1(f.p95), "ms");
    emit(`page.${name}.html_kb`, r1(f.htmlKb), "KB");
    failed += f.failed;
  }
  emit("page.non2xx", failed, "responses");
}
