import { defineConfig } from "@playwright/test";
import { MULTI } from "./servers";

// Two app servers on one PostgreSQL database, both sending mail to one Resend stub.
// Checks what must hold when Lagspill runs as several processes: sessions, mail delivery
// and rate limits are shared through the database, not kept in one process's memory.
// The spec is named *.multi.ts so the main suite (testDir "e2e") does not pick it up.
const dbUrl = process.env.MULTI_DATABASE_URL ?? "postgres://lagspill:lagspill@127.0.0.1:5432/lagspill_multi";
// CI reuses the build from `npm test`; locally NEXT_DIST_DIR keeps this run's build apart.
const build = process.env.E2E_SKIP_BUILD === "1" ? "true" : "npm run build";

// Each server also gets APP_URL, its own address: required in production for links in email.
const env = {
  NEXT_TELEMETRY_DISABLED: "1",
  DEMO_MODE: "1",
  JOBS_SCHEDULER: "0",
  RATE_LIMIT_DEMO_PER_IP: "10000",
  // The spec gives each browser context its own client address in X-Forwarded-For, as one
  // proxy in front would write it.
  TRUSTED_PROXIES: "1",
  AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
  DATABASE_URL: dbUrl,
  RESEND_API_KEY: "re_multi_server_stub",
  RESEND_BASE_URL: MULTI.stub,
};

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.multi\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  reporter: [["list"]],
  use: {
    locale: "nb-NO",
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: `node e2e/multi-server/resend-stub.mjs ${MULTI.stubPort}`,
      url: `${MULTI.stub}/health`,
      cwd: "../..",
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      // The first server creates, migrates and seeds the shared database (and builds, unless skipped).
      command: `node e2e/multi-server/prepare-db.mjs && npm run db:migrate && npm run db:seed && ${build} && node_modules/.bin/next start -p ${MULTI.portA}`,
      url: `${MULTI.serverA}/api/health`,
      cwd: "../..",
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { ...env, APP_URL: MULTI.serverA },
    },
    {
      command: `node e2e/multi-server/wait-for.mjs ${MULTI.serverA}/api/health && node_modules/.bin/next start -p ${MULTI.portB}`,
      url: `${MULTI.serverB}/api/health`,
      cwd: "../..",
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { ...env, APP_URL: MULTI.serverB },
    },
  ],
});
