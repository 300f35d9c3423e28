import { defineConfig } from "@playwright/test";
import path from "node:path";

// End-to-end tests run against the production build with their own database:
// a fresh PGlite folder by default, or E2E_DATABASE_URL (migrated, and seeded in demo mode; with
// demo mode off it must be an empty database, as a new installation's is).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`; // never 127.0.0.1: the session cookie would land on the wrong host
const dbUrl = process.env.E2E_DATABASE_URL;
const demoOff = process.env.E2E_DEMO_MODE === "0";
const dataDir = process.env.E2E_DATA_DIR ?? (demoOff ? ".data/e2e-no-demo" : ".data/e2e");
const prepare = dbUrl ? `npm run db:migrate${demoOff ? "" : " && npm run db:seed"}` : `rm -rf ${dataDir}`;
// The server's output is also kept in a file: the setup journey (e2e/setup.spec.ts) reads the
// setup link a new installation prints there. Workers inherit this variable.
const serverLog = `${dataDir}-server.log`;
process.env.E2E_SERVER_LOG = serverLog;
// CI builds once (in `npm test`) and reuses the build for the PostgreSQL and demo-off runs.
const build = process.env.E2E_SKIP_BUILD === "1" ? "true" : "npm run build";

// Every data function is tested on both databases by vitest. In the browser, these specs check only
// layout, wording, links and forms, and give the same evidence on either database; CI's PostgreSQL
// run leaves them out (E2E_LAYOUT_SPECS=skip) to keep .ci/run under 45 minutes. New specs run on both.
const LAYOUT_SPECS = [
  "links.spec.ts",
  "mobile.spec.ts",
  "form-errors.spec.ts",
  "language.spec.ts",
  "outbox-links.spec.ts",
  "consultant-week.spec.ts",
  "occupations.spec.ts",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [["list"]],
  // Tests tagged @no-demo check that demo features are gone; they run only with E2E_DEMO_MODE=0.
  grep: demoOff ? /@no-demo/ : undefined,
  grepInvert: demoOff ? undefined : /@no-demo/,
  testIgnore: process.env.E2E_LAYOUT_SPECS === "skip" ? LAYOUT_SPECS : undefined,
  use: {
    baseURL,
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
  webServer: {
    command: `${prepare} && ${build} && mkdir -p ${path.dirname(serverLog)} && node_modules/.bin/next start -p ${port} 2>&1 | tee ${serverLog}`,
    url: `${baseURL}/api/health`,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      DEMO_MODE: demoOff ? "0" : "1",
      // Background jobs (retention, weekly digest) would write to the outbox mid-run.
      JOBS_SCHEDULER: "0",
      // The suite signs in with demo buttons far more often than a person would, from one address.
      RATE_LIMIT_DEMO_PER_IP: "10000",
      // Every spec asks for sign-in links from this one address; the per-address limit (5) still holds.
      RATE_LIMIT_MAGIC_LINK_PER_IP: "10000",
      AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
      // Required in production (next start): links in email are built from it, never from the request.
      APP_URL: baseURL,
      // Shown on the accessibility statement as the address for feedback.
      ACCESSIBILITY_CONTACT_EMAIL: "uu@kommune.example",
      PGLITE_DIR: dataDir,
      ...(dbUrl ? { DATABASE_URL: dbUrl } : { DATABASE_URL: "" }),
    },
  },
});
