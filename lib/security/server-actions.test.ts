import path from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_ACTIONS } from "./public-actions";
import { comparePublicActions, formatFinding, readTree, scanSources, type Source } from "./server-actions";

const root = path.resolve(__dirname, "../..");
const tree = scanSources(readTree(root));

describe("every public entry point in the repository goes through the auth wrappers", () => {
  it("finds the server action files", () => {
    expect(tree.actionFiles.length).toBeGreaterThanOrEqual(20);
    expect(tree.actionFiles).toContain("app/(public)/fairs/[id]/actions.ts");
  });

  it("finds no server action or route handler built without its wrapper", () => {
    expect(tree.findings.map(formatFinding)).toEqual([]);
  });

  it("lists every public action for review, and nothing that is gone", () => {
    console.log(
      `Public server actions (reviewed in lib/security/public-actions.ts):\n  ${PUBLIC_ACTIONS.join("\n  ")}`,
    );
    expect(comparePublicActions(tree.publicActions, PUBLIC_ACTIONS)).toEqual({ unlisted: [], stale: [] });
  });
});

const IMPORT = `import { action } from "@/lib/auth/action";`;
const GOOD = `export const goodAction = action(schema, { permission: "home.view" }, async () => {});`;
const scan = (text: string, file = "app/x/actions.ts", more: Source[] = []) =>
  scanSources([{ file, text }, ...more]).findings.map(formatFinding);

describe("the check itself fails on each way around the wrapper", () => {
  it("accepts an action file built only with action()", () => {
    const text = [`"use server";`, IMPORT, `export type State = { ok: boolean };`, GOOD].join("\n");
    expect(scanSources([{ file: "app/x/actions.ts", text }])).toEqual({
      actionFiles: ["app/x/actions.ts"],
      findings: [],
      publicActions: [],
    });
  });

  it("reads a directive with a comment after it on the same line", () => {
    const text = [`"use server"; // note`, IMPORT, `export async function rawAction(form: FormData) {}`].join("\n");
    expect(scan(text)).toEqual(["app/x/actions.ts:3 rawAction: a FunctionDeclaration, not built with action()"]);
  });

  it("reads a directive after comments, and in single quotes", () => {
    const text = [`// why`, `/* more */`, `'use server'`, IMPORT, `export const arrowAction = async () => {};`].join(
      "\n",
    );
    expect(scan(text)).toEqual(["app/x/actions.ts:5 arrowAction: not built with action()"]);
  });

  it("reads a directive after another directive", () => {
    const text = [`"use strict";`, `"use server";`, `export const plain = async () => {};`].join("\n");
    expect(scan(text)).toEqual(["app/x/actions.ts:3 plain: not built with action()"]);
  });

  it("catches an inline server action in a component, of every function form", () => {
    const text = [
      `export default function Page() {`,
      `  async function save() { "use server"; }`,
      `  const arrow = async () => { "use server"; };`,
      `  const expr = async function named() { /* c */ "use server"; };`,
      `  return <form action={save} />;`,
      `}`,
    ].join("\n");
    expect(scan(text, "app/x/page.tsx")).toEqual([
      `app/x/page.tsx:2 save: inline "use server" function: use action()`,
      `app/x/page.tsx:3 arrow: inline "use server" function: use action()`,
      `app/x/page.tsx:4 named: inline "use server" function: use action()`,
    ]);
  });

  it("reads JavaScript files too", () => {
    const text = [`"use server";`, `export async function jsAction() {}`].join("\n");
    expect(scan(text, "app/x/actions.js")).toEqual([
      "app/x/actions.js:2 jsAction: a FunctionDeclaration, not built with action()",
    ]);
  });

  it("catches a directive out of place, which a reader would take for one", () => {
    const text = [IMPORT, `"use server";`, `export const plain = async () => {};`].join("\n");
    expect(scan(text)).toEqual([`app/x/actions.ts:2 "use server": directive out of place`]);
  });

  it("catches every other kind of unwrapped export", () => {
    const text = [
      `"use server";`,
      IMPORT,
      `import { other } from "./other";`,
      `const local = async () => {};`,
      `export const aliased = otherWrapper(schema, async () => {});`,
      `export const { a } = bag;`,
      `export { local, other as renamed };`,
      `export { helper } from "./helper";`,
      `export * from "./helper";`,
      `export default async function x() {}`,
    ].join("\n");
    const helper = { file: "app/x/helper.ts", text: `export const helper = async () => {};` };
    const other = { file: "app/x/other.ts", text: `export async function other() {}` };
    expect(scan(text, "app/x/actions.ts", [helper, other])).toEqual([
      "app/x/actions.ts:5 aliased: otherWrapper() is not action() from lib/auth/action",
      "app/x/actions.ts:6 a: destructured export",
      "app/x/actions.ts:7 local: not built with action()",
      "app/x/actions.ts:7 renamed: re-export from app/x/other.ts: a FunctionDeclaration, not built with action()",
      "app/x/actions.ts:8 helper: re-export from app/x/helper.ts: not built with action()",
      "app/x/actions.ts:9 *: export * hides what is exported: name each action",
      "app/x/actions.ts:10 default: a FunctionDeclaration, not built with action()",
    ]);
  });

  it("follows a re-export to an action built with action() elsewhere", () => {
    const built = { file: "lib/x/built.ts", text: [IMPORT, GOOD].join("\n") };
    expect(scan(`"use server";\nexport { goodAction } from "@/lib/x/built";`, "app/x/actions.ts", [built])).toEqual([]);
  });

  it("does not take a home-made function named action for the wrapper", () => {
    const text = [`"use server";`, `const action = (...a: unknown[]) => a;`, GOOD].join("\n");
    expect(scan(text)).toEqual(["app/x/actions.ts:3 goodAction: action() is not action() from lib/auth/action"]);
  });

  it("finds public actions, and refuses a public flag it cannot read", () => {
    const text = [
      `"use server";`,
      IMPORT,
      `const open = { public: true } as const;`,
      `export const listedAction = action(schema, { public: true }, async () => {});`,
      `export const viaConstAction = action(schema, open, async () => {});`,
      `export const hiddenAction = action(schema, { ...open }, async () => {});`,
      `export const flagAction = action(schema, { public: isOpen }, async () => {});`,
    ].join("\n");
    const result = scanSources([{ file: "app/x/actions.ts", text }]);
    expect(result.publicActions).toEqual(["app/x/actions.ts#listedAction", "app/x/actions.ts#viaConstAction"]);
    expect(result.findings.map(formatFinding)).toEqual([
      "app/x/actions.ts:6 hiddenAction: access must be plain `name: value` properties",
      "app/x/actions.ts:7 flagAction: public must be the literal true",
    ]);
  });

  it("fails on a public action that is not listed, and on a listed one that is gone", () => {
    const found = ["app/x/actions.ts#listedAction", "app/x/actions.ts#newAction"];
    expect(comparePublicActions(found, ["app/x/actions.ts#listedAction", "app/x/actions.ts#goneAction"])).toEqual({
      unlisted: ["app/x/actions.ts#newAction"],
      stale: ["app/x/actions.ts#goneAction"],
    });
  });

  it("catches route handlers built without withAuth, and allows route config and Auth.js's handlers", () => {
    const text = [
      `import { withAuth } from "@/lib/auth/route";`,
      `export const dynamic = "force-dynamic";`,
      `export const GET = withAuth(async () => Response.json({}), { public: true });`,
      `export async function POST(req: Request) {}`,
      `export const DELETE = async () => new Response(null);`,
    ].join("\n");
    expect(scan(text, "app/api/x/route.ts")).toEqual([
      "app/api/x/route.ts:4 POST: a FunctionDeclaration, not built with withAuth()",
      "app/api/x/route.ts:5 DELETE: not built with withAuth()",
    ]);
    const auth = `import { handlers } from "@/lib/auth/auth";\nexport const { GET, POST } = handlers;`;
    expect(scan(auth, "app/api/auth/[...nextauth]/route.ts")).toEqual([]);
  });
});
