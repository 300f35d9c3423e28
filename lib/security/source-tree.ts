// Reading the repository's TypeScript for the entry-point check in server-actions.ts: the
// files to scan, directive prologues, and "use server" found inside functions.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** A file of the repository: its path from the root with forward slashes, and its text. */
export interface Source {
  file: string;
  text: string;
}

/** One entry point that does not go through its wrapper, where it is and why. */
export interface Finding {
  file: string;
  line: number;
  name: string;
  problem: string;
}

export const SOURCE = /\.(tsx?|jsx?|mjs|cjs)$/;
const SKIPPED_DIRS = new Set(["node_modules", ".next", ".data", ".git"]);

/** Every TypeScript and JavaScript file under root, outside dependencies, build output and local data. */
export function readTree(root: string, dir = ""): Source[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : readTree(root, file);
    // JavaScript too: Next.js compiles a .js action as readily as a .ts one.
    return entry.isFile() && SOURCE.test(entry.name)
      ? [{ file, text: readFileSync(path.join(root, file), "utf8") }]
      : [];
  });
}

/** The string literals of a directive prologue: the leading statements that are only a string. */
export function prologue(statements: ts.NodeArray<ts.Statement>): ts.StringLiteral[] {
  const found: ts.StringLiteral[] = [];
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    found.push(statement.expression);
  }
  return found;
}

export const serverDirective = (literals: ts.StringLiteral[]) => literals.find((l) => l.text === "use server");
export const lineOf = (node: ts.Node) => node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;

/** A "use server" at the top of a function body, or one that is no directive at all. */
export function inlineDirectives(file: string, sf: ts.SourceFile): Finding[] {
  const found: Finding[] = [];
  const directives = new Set<ts.Node>(prologue(sf.statements));
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body)) {
      const literals = prologue(node.body.statements);
      literals.forEach((l) => directives.add(l));
      const directive = serverDirective(literals);
      const named = node.name ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name : undefined);
      const name = named && ts.isIdentifier(named) ? named.text : "(anonymous)";
      if (directive)
        found.push({ file, line: lineOf(directive), name, problem: 'inline "use server" function: use action()' });
    }
    if (ts.isStringLiteral(node) && node.text === "use server" && ts.isExpressionStatement(node.parent)) {
      if (!directives.has(node))
        found.push({ file, line: lineOf(node), name: '"use server"', problem: "directive out of place" });
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  return found;
}

/** How to parse a file, by its extension. */
export function scriptKind(file: string): ts.ScriptKind {
  if (file.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (file.endsWith(".ts")) return ts.ScriptKind.TS;
  return file.endsWith(".jsx") ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
}
