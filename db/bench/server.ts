// Production servers for the page benchmark: build when stale, start, wait, sign in, stop.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");
/** The app's own Next.js: a Next.js from another folder would load a second React. */
const next = (dir: string) => path.join(dir, "node_modules/.bin/next");

/** Newest modification time of the sources under `dir` (tests, build output and `skip` excluded). */
function newestSource(dir: string, entries: string[], skip: string[] = []): number {
  let newest = 0;
  const walk = (rel: string) => {
    const full = path.join(dir, rel);
    if (!existsSync(full) || skip.includes(rel)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      if (/(^|\/)(\.next[^/]*|node_modules)$/.test(rel)) return;
      for (const name of readdirSync(full)) walk(path.join(rel, name));
    } else if (!/\.test\.ts$/.test(rel)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const rel of entries) walk(rel);
  return newest;
}

/** Builds `dir` once when there is no build or the sources changed since it was made: a stale build measures the wrong app. */
function ensureBuild(dir: string, entries: string[], skip: string[], distDir = ".next"): void {
  const buildId = path.join(dir, distDir, "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource(dir, entries, skip)) return;
  console.error(`bench: building ${path.relative(root, dir) || "the app"} (missing or older than the sources)`);
  // Build output goes to stderr: stdout carries only the JSON lines.
  const r = spawnSync(next(dir), ["build"], {
    cwd: dir,
    stdio: ["ignore", 2, 2],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (r.status !== 0) throw new Error(`next build failed in ${dir}`);
}

const PROJECT_SOURCES = ["app", "components", "lib", "db", "proxy.ts", "instrumentation.ts", "next.config.js"];

export interface Server {
  base: string;
  stop(): Promise<void>;
}

async function start(dir: string, port: number, env: Record<string, string>, health: string): Promise<Server> {
  const base = `http://localhost:${port}`;
  const child: ChildProcess = spawn(next(dir), ["start", "-p", String(port)], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("next start did not answer within 60 s");
    try {
      if ((await fetch(`${base}${health}`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { base, stop };
}

/**
 * The bare Next.js app of db/bench/bare-app: the floor every page is compared with. Built in a copy
 * under the temp dir: inside this project Next would take the project's proxy.ts and
 * instrumentation.ts into it. Its node_modules are hard links to the project's (same Next.js).
 */
export async function startBare(port: number): Promise<Server> {
  const dir = path.join(tmpdir(), "lagspill-bench-bare-app");
  const source = path.join(root, "db/bench/bare-app");
  const fresh = !existsSync(path.join(dir, "app"));
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, "node_modules")))
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")]);
  // Copied only when changed, so an unchanged bare app keeps its build.
  if (fresh || newestSource(source, ["app", "next.config.mjs"]) > newestSource(dir, ["app", "next.config.mjs"])) {
    rmSync(path.join(dir, "app"), { recursive: true, force: true });
    cpSync(source, dir, { recursive: true, filter: (f) => !f.includes(`${path.sep}.next`) });
  }
  ensureBuild(dir, ["app", "next.config.mjs"], []);
  return start(dir, port, {}, "/");
}

/** The project on `databaseUrl`, demo mode on (the demo sign-in), no background jobs, no email. */
export async function startProject(port: number, databaseUrl: string): Promise<Server> {
  ensureBuild(root, [...PROJECT_SOURCES, "package-lock.json"], [path.join("db", "bench")], process.env.NEXT_DIST_DIR);
  return start(
    root,
    port,
    {
      APP_URL: `http://localhost:${port}`,
      DATABASE_URL: databaseUrl,
      DEMO_MODE: "1",
      JOBS_SCHEDULER: "0",
      RESEND_API_KEY: "",
      // The bench signs in a few people from one address; keep the demo limit out of the way.
      RATE_LIMIT_DEMO_PER_IP: "100000",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-not-for-production-use-0123456789",
    },
    "/api/health",
  );
}

/** Signs in through the demo form and the Auth.js callback, like a browser would; returns the cookie header. */
export async function signIn(base: string, email: string): Promise<string> {
  const demo = await fetch(`${base}/sign-in/demo`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: base },
    body: new URLSearchParams({ email, callbackUrl: "/home" }),
  });
  const location = demo.headers.get("location");
  if (demo.status !== 303 || !location) throw new Error(`demo sign-in of ${email} answered ${demo.status}`);
  const callback = await fetch(new URL(location, base), { redirect: "manual" });
  const cookie = callback.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("authjs.session-token="));
  if (!cookie) throw new Error(`sign-in callback set no session cookie for ${email} (status ${callback.status})`);
  return cookie;
}
