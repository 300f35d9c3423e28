// Static check that every public entry point goes through the auth wrappers, read from the
// TypeScript syntax tree rather than from lines of text, so a comment after the directive,
// a comment before it or a "use server" inside a component cannot hide an action:
// - exports of a file whose directive prologue holds "use server" are server actions (public
//   POST endpoints), so each must be a call of action() from lib/auth/action;
// - a function whose own body starts with "use server" is an inline action no wrapper sees;
// - HTTP method exports of a route handler must be withAuth() or Auth.js's own handlers.
import path from "node:path";
import ts from "typescript";
import {
  inlineDirectives,
  lineOf,
  prologue,
  scriptKind,
  serverDirective,
  type Finding,
  type Source,
} from "./source-tree";

export type { Finding, Source } from "./source-tree";
export { readTree } from "./source-tree";

export interface Scan {
  /** Files whose directive prologue holds "use server". */
  actionFiles: string[];
  findings: Finding[];
  /** Actions built with `{ public: true }`, as `file#exportName`. */
  publicActions: string[];
}

type Verdict = { ok: true; public: boolean } | { ok: false; problem: string };
interface Wrapper {
  /** The wrapper's module, from the root without extension. */
  module: string;
  name: string;
}

const ACTION: Wrapper = { module: "lib/auth/action", name: "action" };
const ROUTE: Wrapper = { module: "lib/auth/route", name: "withAuth" };
const AUTH_HANDLERS: Wrapper = { module: "lib/auth/auth", name: "handlers" };
const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
const MAX_HOPS = 10;

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

class Scanner {
  private readonly files = new Map<string, ts.SourceFile>();

  constructor(sources: Source[]) {
    for (const { file, text } of sources) {
      this.files.set(file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file)));
    }
  }

  scan(): Scan {
    const result: Scan = { actionFiles: [], findings: [], publicActions: [] };
    for (const [file, sf] of this.files) {
      result.findings.push(...inlineDirectives(file, sf));
      if (serverDirective(prologue(sf.statements))) {
        result.actionFiles.push(file);
        for (const [name, node, verdict] of this.exportsOf(file, ACTION)) {
          if (!verdict.ok) result.findings.push({ file, line: lineOf(node), name, problem: verdict.problem });
          else if (verdict.public) result.publicActions.push(`${file}#${name}`);
        }
      }
      if (/^app\/(.*\/)?route\.[jt]sx?$/.test(file)) {
        for (const [name, node, verdict] of this.exportsOf(file, ROUTE)) {
          if (!HTTP_METHODS.has(name) && name !== "default" && name !== "*") continue; // route config
          if (!verdict.ok) result.findings.push({ file, line: lineOf(node), name, problem: verdict.problem });
        }
      }
    }
    return result;
  }

  /** Every runtime export of a file: its name, where it is, and whether the wrapper built it. */
  private exportsOf(file: string, wrapper: Wrapper, hops = 0): [string, ts.Node, Verdict][] {
    const sf = this.files.get(file);
    if (!sf) return [];
    const found: [string, ts.Node, Verdict][] = [];
    const plain = (what: string): Verdict => ({ ok: false, problem: `${what}, not built with ${wrapper.name}()` });
    for (const statement of sf.statements) {
      if (ts.isExportAssignment(statement)) {
        found.push(["default", statement, this.built(file, statement.expression, wrapper)]);
      } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
        const target = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier);
        const from = target ? this.resolve(file, (statement.moduleSpecifier as ts.StringLiteral).text) : undefined;
        const clause = statement.exportClause;
        if (!clause || ts.isNamespaceExport(clause)) {
          found.push(["*", statement, { ok: false, problem: "export * hides what is exported: name each action" }]);
          continue;
        }
        for (const el of clause.elements) {
          if (el.isTypeOnly) continue;
          const local = (el.propertyName ?? el.name).text;
          const verdict = !target
            ? this.local(file, local, wrapper, hops)
            : from
              ? this.reexport(from, local, wrapper, hops)
              : { ok: false as const, problem: "re-exported from a package" };
          found.push([el.name.text, el, verdict]);
        }
      } else if (
        !hasModifier(statement, ts.SyntaxKind.ExportKeyword) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement)
      ) {
        continue; // not exported, or erased at compile time: no endpoint
      } else if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) {
          if (ts.isIdentifier(d.name)) found.push([d.name.text, d, this.built(file, d.initializer, wrapper)]);
          else found.push(...this.destructured(file, d, wrapper));
        }
      } else {
        const named = statement as ts.DeclarationStatement;
        const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
        const name = isDefault ? "default" : named.name && ts.isIdentifier(named.name) ? named.name.text : "?";
        found.push([name, statement, plain(`a ${ts.SyntaxKind[statement.kind]}`)]);
      }
    }
    return found;
  }

  /** `export const { GET, POST } = handlers` is allowed for Auth.js's handlers only. */
  private destructured(file: string, d: ts.VariableDeclaration, wrapper: Wrapper): [string, ts.Node, Verdict][] {
    const init = d.initializer;
    const ok =
      wrapper === ROUTE && init && ts.isIdentifier(init) && this.importedWrapper(file, init.text, AUTH_HANDLERS);
    const names: string[] = [];
    const collect = (n: ts.BindingName) =>
      ts.isIdentifier(n) ? names.push(n.text) : n.elements.forEach((e) => ts.isBindingElement(e) && collect(e.name));
    collect(d.name);
    const verdict: Verdict = ok ? { ok: true, public: false } : { ok: false, problem: "destructured export" };
    return names.map((name) => [name, d, verdict]);
  }

  /** A value is wrapped when it is a call of the wrapper imported from its own module. */
  private built(file: string, value: ts.Expression | undefined, wrapper: Wrapper): Verdict {
    while (value && ts.isParenthesizedExpression(value)) value = value.expression;
    if (!value || !ts.isCallExpression(value) || !ts.isIdentifier(value.expression))
      return { ok: false, problem: `not built with ${wrapper.name}()` };
    if (!this.importedWrapper(file, value.expression.text, wrapper))
      return { ok: false, problem: `${value.expression.text}() is not ${wrapper.name}() from ${wrapper.module}` };
    const access = this.objectLiteral(file, value.arguments[wrapper === ACTION ? 1 : value.arguments.length - 1]);
    if (!access || !ts.isObjectLiteralExpression(access))
      return { ok: false, problem: "access must be an object literal, so the check can read it" };
    // Only `name: value` pairs, and `public` only as the literal true: a spread or a variable could make an action public unseen.
    let isPublic = false;
    for (const p of access.properties) {
      if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
        return { ok: false, problem: "access must be plain `name: value` properties" };
      if (p.name.text !== "public") continue;
      if (p.initializer.kind !== ts.SyntaxKind.TrueKeyword)
        return { ok: false, problem: "public must be the literal true" };
      isPublic = true;
    }
    return { ok: true, public: isPublic };
  }

  /** An object literal, written inline or as a top-level const of the same file (`as const` allowed). */
  private objectLiteral(file: string, node: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
    while (node && (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)))
      node = node.expression;
    if (node && ts.isIdentifier(node)) {
      const name = node.text;
      const d = this.files
        .get(file)
        ?.statements.filter(ts.isVariableStatement)
        .filter((st) => st.declarationList.flags & ts.NodeFlags.Const)
        .flatMap((st) => [...st.declarationList.declarations])
        .find((x) => ts.isIdentifier(x.name) && x.name.text === name);
      return d?.initializer && !ts.isIdentifier(d.initializer) ? this.objectLiteral(file, d.initializer) : undefined;
    }
    return node && ts.isObjectLiteralExpression(node) ? node : undefined;
  }

  /** True when `local` is the wrapper, imported (under any name) from the wrapper's module. */
  private importedWrapper(file: string, local: string, wrapper: Wrapper): boolean {
    for (const statement of this.files.get(file)?.statements ?? []) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const bindings = statement.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      const target = this.modulePath(file, statement.moduleSpecifier.text);
      if (target !== wrapper.module && target !== `${wrapper.module}.ts`) continue;
      if (bindings.elements.some((el) => el.name.text === local && (el.propertyName ?? el.name).text === wrapper.name))
        return true;
    }
    return false;
  }

  /** What a name declared or imported in this file is built with. */
  private local(file: string, name: string, wrapper: Wrapper, hops: number): Verdict {
    for (const statement of this.files.get(file)?.statements ?? []) {
      if (ts.isVariableStatement(statement)) {
        const d = statement.declarationList.declarations.find((x) => ts.isIdentifier(x.name) && x.name.text === name);
        if (d) return this.built(file, d.initializer, wrapper);
      } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const clause = statement.importClause;
        const bindings = clause?.namedBindings;
        const element =
          bindings && ts.isNamedImports(bindings) ? bindings.elements.find((el) => el.name.text === name) : undefined;
        const imported =
          clause?.name?.text === name ? "default" : element && (element.propertyName ?? element.name).text;
        if (!imported) continue;
        const from = this.resolve(file, statement.moduleSpecifier.text);
        return from ? this.reexport(from, imported, wrapper, hops) : { ok: false, problem: "imported from a package" };
      } else if ((statement as ts.DeclarationStatement).name?.getText() === name) {
        return { ok: false, problem: `a ${ts.SyntaxKind[statement.kind]}, not built with ${wrapper.name}()` };
      }
    }
    return { ok: false, problem: "not found in this file" };
  }

  /** Follows a re-export to the file that builds the value. */
  private reexport(file: string, name: string, wrapper: Wrapper, hops: number): Verdict {
    if (hops >= MAX_HOPS) return { ok: false, problem: "re-exported too many times" };
    const match = this.exportsOf(file, wrapper, hops + 1).find(([exported]) => exported === name);
    if (!match) return { ok: false, problem: `${file} does not export ${name}` };
    const verdict = match[2];
    return verdict.ok ? verdict : { ok: false, problem: `re-export from ${file}: ${verdict.problem}` };
  }

  /** The module a specifier names, from the root without extension, or undefined for a package. */
  private modulePath(from: string, specifier: string): string | undefined {
    if (specifier.startsWith("@/")) return path.posix.normalize(specifier.slice(2));
    if (specifier.startsWith(".")) return path.posix.join(path.posix.dirname(from), specifier);
    return undefined;
  }

  /** The file a specifier names, among the scanned sources. */
  private resolve(from: string, specifier: string): string | undefined {
    const base = this.modulePath(from, specifier);
    if (base === undefined) return undefined;
    return [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, `${base}/index.ts`, `${base}/index.tsx`].find((f) =>
      this.files.has(f),
    );
  }
}

/** Scans the given sources together, so re-exports between them are followed. */
export function scanSources(sources: Source[]): Scan {
  return new Scanner(sources).scan();
}

/** Public actions found but not on the reviewed list, and listed ones that no longer exist. */
export function comparePublicActions(found: string[], listed: readonly string[]) {
  return {
    unlisted: found.filter((a) => !listed.includes(a)).sort(),
    stale: listed.filter((a) => !found.includes(a)).sort(),
  };
}

/** One line per finding, as a reviewer reads it. */
export const formatFinding = (f: Finding) => `${f.file}:${f.line} ${f.name}: ${f.problem}`;
