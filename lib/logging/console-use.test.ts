import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTree } from "@/lib/security/source-tree";
import { consoleUses, forbiddenConsoleUses, isTestCode } from "./console-use";

const root = path.resolve(__dirname, "../..");

describe("all logging goes through lib/logging/logger.ts, which scrubs it", () => {
  it("finds no other code that writes to the console", () => {
    const tree = readTree(root);
    expect(tree.map((s) => s.file)).toContain("lib/jobs/scheduler.ts");
    expect(forbiddenConsoleUses(tree)).toEqual([]);
  });
});

const uses = (text: string, file = "lib/x/data.ts") => consoleUses({ file, text }).map((u) => `${u.line} ${u.use}`);

describe("the check itself", () => {
  it("sees each way of reaching the console", () => {
    const text = [
      `console.error("failed", err);`,
      `console["warn"](x);`,
      `const { log } = console;`,
      `globalThis.console.info(x);`,
      `const write = console.debug;`,
      `process.stderr.write(line);`,
    ].join("\n");
    expect(uses(text)).toEqual(["1 error", "2 warn", "3 console", "4 info", "5 debug", "6 process.stderr"]);
  });

  it("ignores comments, strings and properties that are only called console", () => {
    const text = [
      `// console.error(x) is not used here`,
      `const s = "console.log";`,
      `x.console.log(1); ({ console: 1 });`,
    ];
    expect(uses(text.join("\n"))).toEqual([]);
  });

  it("allows only the listed uses, and nothing in lib/logging or test code", () => {
    const sources = [
      { file: "lib/jobs/scheduler.ts", text: `console.error(err);` },
      { file: "db/migrate.ts", text: `console.log("done");` },
      { file: "db/bench/run.ts", text: `console.log(json); console.error("bench: 1"); console.warn("x");` },
      { file: "lib/logging/logger.ts", text: `console.error(line);` },
      { file: "lib/jobs/jobs.db.test.ts", text: `console.error(line);` },
      { file: "e2e/multi-server/wait-for.mjs", text: `console.error(line);` },
    ];
    expect(forbiddenConsoleUses(sources)).toEqual([
      "lib/jobs/scheduler.ts:1 console.error",
      "db/migrate.ts:1 console.log",
      "db/bench/run.ts:1 console.warn",
    ]);
  });

  it("counts tests, fixtures and e2e as test code, and scaffolding tests import as not", () => {
    expect(isTestCode("lib/a/data.db.test.ts")).toBe(true);
    expect(isTestCode("components/ui/x.test.tsx")).toBe(true);
    expect(isTestCode("lib/security/__fixtures__/fuzz-inputs.ts")).toBe(true);
    expect(isTestCode("e2e/helpers.ts")).toBe(true);
    expect(isTestCode("db/testing/index.ts")).toBe(false);
    expect(isTestCode("lib/a/test-data.ts")).toBe(false);
  });
});
