// Which message namespaces the client components under each route file use, found by following
// the imports from the route file (page, layout, error, not-found). Used by the test that keeps
// the messages sent to the browser (components/i18n/client-messages.tsx) complete: a client
// component's namespace must be declared by its page or a layout above it.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const ROUTE_FILES = /^(page|layout|error|not-found|global-error|template|default)\.tsx$/;
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const sources = new Map<string, string>();
function source(file: string): string {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8");
    sources.set(file, text);
  }
  return text;
}

function imports(file: string): string[] {
  const text = source(file);
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]);
  return specs.map((s) => resolveImport(file, s)).filter((f): f is string => f !== null && /\.tsx?$/.test(f));
}

export function isClientFile(file: string): boolean {
  return /^\s*(\/\/[^\n]*\n\s*)*["']use client["']/.test(source(file));
}

/** The literal namespaces a client file passes to useTranslations. */
export function namespacesIn(file: string): string[] {
  return [...source(file).matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]);
}

/** Namespace → the client files that use it, for every client file the route file reaches. */
export function clientNamespaces(routeFile: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, client: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const isClient = client || isClientFile(file);
    if (isClient)
      for (const ns of namespacesIn(file)) found.set(ns, [...(found.get(ns) ?? []), path.relative(ROOT, file)]);
    for (const next of imports(file)) walk(next, isClient);
  };
  walk(routeFile, false);
  return found;
}

/** The namespaces a route file declares with <ClientMessages namespaces={[…]}>. */
export function declaredNamespaces(file: string): string[] {
  const out: string[] = [];
  for (const m of source(file).matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g))
    out.push(...[...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]));
  return out;
}

/** Every route file under app/, with the layouts above it (outermost first). */
export function routeFiles(): { file: string; layouts: string[] }[] {
  const out: { file: string; layouts: string[] }[] = [];
  const walk = (dir: string, layouts: string[]) => {
    const entries = readdirSync(dir);
    const layout = entries.includes("layout.tsx") ? path.join(dir, "layout.tsx") : null;
    const here = layout ? [...layouts, layout] : layouts;
    for (const name of entries) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full, here);
      else if (ROUTE_FILES.test(name)) out.push({ file: full, layouts: name === "layout.tsx" ? layouts : here });
    }
  };
  walk(path.join(ROOT, "app"), []);
  return out;
}

/** Whether `namespace` is covered by one of `declared` (a declared parent covers its children). */
export function covers(declared: readonly string[], namespace: string): boolean {
  return declared.some((d) => namespace === d || namespace.startsWith(`${d}.`));
}
