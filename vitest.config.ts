import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname),
  // server-only throws outside React Server Components; data functions are tested in plain Node.
  "server-only": path.resolve(__dirname, "db/testing/empty.ts"),
};

// Pure logic: *.test.ts. Data functions: *.db.test.ts, run on PGlite and, when
// TEST_DATABASE_URL is set, again on PostgreSQL — each file on a fresh migrated database.
const dbProjects = [
  { name: "db-pglite", env: { TEST_DB_KIND: "pglite" } },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "db-postgres", env: { TEST_DB_KIND: "postgres" } }] : []),
];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts"],
          exclude: ["**/*.db.test.ts"],
          environment: "node",
        },
      },
      ...dbProjects.map((p) => ({
        resolve: { alias },
        test: {
          name: p.name,
          include: ["lib/**/*.db.test.ts", "db/**/*.db.test.ts"],
          environment: "node",
          env: p.env,
          // next-auth imports "next/server" without an extension, which only a bundler resolves;
          // transformed by Vite, the sign-in tests run the real Auth.js handlers and signIn().
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
