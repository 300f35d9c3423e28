// Next's flat config (core web vitals, TypeScript, jsx-a11y, react-hooks) plus a cycle check:
// lib/ and db/ must have no import cycles, so every domain can be read from the bottom up.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true },
      "import/ignore": ["node_modules"],
    },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "backups/**",
  ]),
]);
