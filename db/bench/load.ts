// The caseload page under load: a production server on the national-scale bench database,
// one signed-in consultant, 10 connections for 20 s. Called at the end of db/bench/run.ts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p97_5: number; p99: number };
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

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.BENCH_PORT ?? 3310);
const BASE = `http://localhost:${PORT}`;
const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const CONSULTANT = "jonas.kvamsdal@bergen.kommune.example";

type Emit = (name: string, value: number, unit: string) => void;

/** p-th percentile (0..100) by nearest rank, the same rule as the other bench numbers. */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Newest modification time of the app's sources (tests and the bench itself excluded). */
function newestSource(): number {
  let newest = 0;
  const walk = (rel: string) => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      if (rel === path.join("db", "bench")) return;
      for (const name of readdirSync(full)) walk(path.join(rel, name));
    } else if (!/\.test\.ts$/.test(rel)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const rel of [
    "app",
    "components",
    "lib",
    "db",
    "proxy.ts",
    "instrumentation.ts",
    "next.config.js",
    "package-lock.json",
  ])
    walk(rel);
  return newest;
}

/** Builds once when there is no build, or when the sources changed since it was made: a stale build measures the wrong app. */
function ensureBuild(): void {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource()) return;
  console.error(`bench: building the app into ${distDir} (missing or older than the sources)`);
  // Build output goes to stderr: stdout carries only the JSON lines.
  const r = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: ["ignore", 2, 2],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error("next build failed");
}

async function waitForHealth(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("next start did not answer within 60 s");
}

/** Signs in through the demo form and the Auth.js callback, like a browser would; returns the cookie header. */
async function signIn(): Promise<string> {
  const demo = await fetch(`${BASE}/sign-in/demo`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: BASE },
    body: new URLSearchParams({ email: CONSULTANT, callbackUrl: "/participants" }),
  });
  const location = demo.headers.get("location");
  if (demo.status !== 303 || !location) throw new Error(`demo sign-in answered ${demo.status}`);
  const callback = await fetch(new URL(location, BASE), { redirect: "manual" });
  const cookie = callback.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("authjs.session-token="));
  if (!cookie) throw new Error(`sign-in callback set no session cookie (status ${callback.status})`);
  const check = await fetch(`${BASE}/participants`, { headers: { cookie }, redirect: "manual" });
  if (check.status !== 200) throw new Error(`/participants answered ${check.status} with the session cookie`);
  return cookie;
}

export async function benchLoad(databaseUrl: string, emit: Emit): Promise<void> {
  ensureBuild();
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      APP_URL: BASE,
      DATABASE_URL: databaseUrl,
      DEMO_MODE: "1",
      JOBS_SCHEDULER: "0",
      RESEND_API_KEY: "",
      // One address signs in here; keep the demo limit out of the way.
      RATE_LIMIT_DEMO_PER_IP: "100000",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-not-for-production-use-0123456789",
    },
  });
  try {
    await waitForHealth(server);
    const cookie = await signIn();
    const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
    const samples: number[] = [];
    const run = autocannon({
      url: `${BASE}/participants`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { cookie },
    });
    // autocannon reports p90 and p97.5 but no p95; every response time is kept to compute it.
    run.on("response", (_client, _status, _bytes, ms) => samples.push(ms));
    const result = await run;
    emit("load.caseload_page.rps", Math.round(result.requests.average * 10) / 10, "req/s");
    emit("load.caseload_page.p95_ms", Math.round(percentile(samples, 95) * 100) / 100, "ms");
    emit("load.caseload_page.p50_ms", result.latency.p50, "ms");
    emit("load.caseload_page.requests", result.requests.total, "requests");
    emit("load.caseload_page.non2xx", result.non2xx, "responses");
    emit("load.caseload_page.errors", result.errors + result.timeouts, "requests");
  } finally {
    server.kill("SIGTERM");
  }
}
