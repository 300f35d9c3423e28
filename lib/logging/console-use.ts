// Finds code that writes to the console itself instead of through logger.ts, which scrubs every
// line (emails, tokens, national ids, query values). console-use.test.ts runs it over the repository.
import ts from "typescript";
import { lineOf, scriptKind, type Source } from "@/lib/security/source-tree";

/**
 * The only places outside lib/logging that may use the console, and what for. Short on purpose:
 * a command's summary goes through logLine(text, "stdout") like everything else.
 */
export const CONSOLE_ALLOWED: { prefix: string; methods: string[]; why: string }[] = [
  {
    prefix: "db/bench/",
    methods: ["log", "error"],
    // Scrubbing would turn measurements of 8+ digits into [number].
    why: "measurements on stdout and progress on stderr, over generated data only",
  },
];

/** Tests, their fixtures and the servers and scaffolding only tests start. */
export function isTestCode(file: string): boolean {
  return (
    /\.test\.[cm]?[jt]sx?$/.test(file) ||
    /(^|\/)__fixtures__\//.test(file) ||
    file.startsWith("e2e/") ||
    file === "vitest.config.ts" ||
    file === "playwright.config.ts"
  );
}

export interface ConsoleUse {
  file: string;
  line: number;
  /** The method called (log, error, …), "console" for any other use (aliasing, destructuring), or process.stdout/stderr. */
  use: string;
}

/** Every mention of the global console, process.stdout or process.stderr in a file, comments and strings aside. */
export function consoleUses({ file, text }: Source): ConsoleUse[] {
  if (!text.includes("console") && !text.includes("std")) return [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const found: ConsoleUse[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && node.text === "console" && !isPropertyName(node)) {
      found.push({ file, line: lineOf(node), use: methodOf(node) });
    } else if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === "console" &&
      ts.isIdentifier(node.expression) &&
      ["globalThis", "window", "global", "self"].includes(node.expression.text)
    ) {
      found.push({ file, line: lineOf(node), use: methodOf(node) });
    } else if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "process" &&
      (node.name.text === "stdout" || node.name.text === "stderr")
    ) {
      found.push({ file, line: lineOf(node), use: `process.${node.name.text}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** `x.console` or `{ console: … }`: a name, not the global. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isPropertySignature(parent) && parent.name === node)
  );
}

function methodOf(node: ts.Expression): string {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return parent.name.text;
  if (ts.isElementAccessExpression(parent) && ts.isStringLiteralLike(parent.argumentExpression))
    return parent.argumentExpression.text;
  return "console";
}

/** The uses no rule allows, as "file:line console.method". */
export function forbiddenConsoleUses(sources: Source[]): string[] {
  return sources
    .filter((s) => !s.file.startsWith("lib/logging/") && !isTestCode(s.file))
    .flatMap(consoleUses)
    .filter((u) => !CONSOLE_ALLOWED.some((a) => u.file.startsWith(a.prefix) && a.methods.includes(u.use)))
    .map((u) => `${u.file}:${u.line} ${u.use.startsWith("process.") ? u.use : `console.${u.use}`}`);
}
