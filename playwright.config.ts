import { defineConfig } from "@playwright/test";

// End-to-end tests run against the production build with their own database:
// a fresh PGlite folder by default, or E2E_DATABASE_URL (migrated and seeded first).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`; // never 127.0.0.1: the session cookie would land on the wrong host
const dbUrl = process.env.E2E_DATABASE_URL;
const prepare = dbUrl ? "npm run db:migrate && npm run db:seed" : "rm -rf .data/e2e";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "nb-NO",
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: `${prepare} && npm run build && node_modules/.bin/next start -p ${port}`,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      DEMO_MODE: "1",
      AUTH_SECRET: "e2e-only-secret-not-for-production-use-0123456789",
      PGLITE_DIR: ".data/e2e",
      ...(dbUrl ? { DATABASE_URL: dbUrl } : { DATABASE_URL: "" }),
    },
  },
});
