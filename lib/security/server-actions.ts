// Static check that every public entry point goes through the auth wrappers: exports of
// "use server" files are server actions (public POST endpoints), so each must be built
// with action(); route handlers must be withAuth() or the Auth.js handlers.

const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
/** The directive as a statement on its own line (not the words inside some other string). */
const DIRECTIVE = /^\s*["']use server["'];?\s*$/m;
const DIRECTIVES = new RegExp(DIRECTIVE.source, "gm");

/** True when the file has a "use server" directive anywhere: the files to check. */
export function hasServerDirective(source: string): boolean {
  return DIRECTIVE.test(source);
}

/** True when the file starts with the "use server" directive (after comments). */
export function isServerActionFile(source: string): boolean {
  const code = source.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
  return /^["']use server["']/.test(code);
}

/** A "use server" inside a function body makes an action that no wrapper sees. */
export function hasInlineServerAction(source: string): boolean {
  const count = source.match(DIRECTIVES)?.length ?? 0;
  return count > (isServerActionFile(source) ? 1 : 0);
}

interface Export {
  names: string[];
  /** What the export is built with: the called function, a plain name, or the declaration kind. */
  builtWith: string;
}

function exportsOf(source: string): Export[] {
  const found: Export[] = [];
  for (const m of source.matchAll(/^export\s+(.*)$/gm)) {
    const rest = m[1];
    if (/^(type|interface)\s/.test(rest)) continue; // erased at compile time: no endpoint
    let d: RegExpMatchArray | null;
    if ((d = rest.match(/^(?:const|let|var)\s+\{([^}]*)\}\s*=\s*([\w.]+)/))) {
      found.push({
        names: d[1]
          .split(",")
          .map((n) => n.split(":").pop()!.trim())
          .filter(Boolean),
        builtWith: d[2],
      });
    } else if ((d = rest.match(/^(?:const|let|var)\s+(\w+)\s*(?::[^=]+)?=\s*([\w.]+)(\()?/))) {
      found.push({ names: [d[1]], builtWith: d[3] ? `${d[2]}(` : d[2] });
    } else if ((d = rest.match(/^(?:async\s+)?function\s*\*?\s*(\w+)/))) {
      found.push({ names: [d[1]], builtWith: "function" });
    } else if ((d = rest.match(/^default\b/))) {
      found.push({ names: ["default"], builtWith: "default" });
    } else if ((d = rest.match(/^\{([^}]*)\}/)) || (d = rest.match(/^(\*)/))) {
      found.push({
        names: d[1]
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean),
        builtWith: "re-export",
      });
    } else {
      found.push({ names: [rest.slice(0, 40)], builtWith: "unknown" });
    }
  }
  return found;
}

/** Names exported from a "use server" file that are not built with action(...). */
export function unwrappedActions(source: string): string[] {
  const bad = exportsOf(source)
    .filter((e) => e.builtWith !== "action(")
    .flatMap((e) => e.names);
  return hasInlineServerAction(source) ? [...bad, 'inline "use server"'] : bad;
}

/** HTTP method exports of a route.ts that are neither withAuth(...) nor Auth.js's own handlers. */
export function unwrappedRouteHandlers(source: string): string[] {
  const bad: string[] = [];
  for (const e of exportsOf(source)) {
    const methods = e.names.filter(
      (n) => HTTP_METHODS.has(n) || e.builtWith === "re-export" || e.builtWith === "default",
    );
    if (methods.length === 0) continue; // route config such as `export const dynamic = "force-dynamic"`
    if (e.builtWith === "withAuth(" || e.builtWith === "handlers") continue;
    bad.push(...methods);
  }
  return hasInlineServerAction(source) ? [...bad, 'inline "use server"'] : bad;
}
