import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasServerDirective, isServerActionFile, unwrappedActions, unwrappedRouteHandlers } from "./server-actions";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.(ts|tsx)$/.test(f.name) && !/\.test\.ts$/.test(f.name))
    .map((f) => path.relative(root, path.join(f.parentPath, f.name)));
}

const files = ["app", "components", "lib"].flatMap(sourceFiles);
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

describe("every public entry point goes through the auth wrappers", () => {
  const actionFiles = files.filter((f) => hasServerDirective(read(f)));

  it("finds the server action files", () => {
    expect(actionFiles.filter((f) => isServerActionFile(read(f))).length).toBeGreaterThanOrEqual(10);
  });

  it.each(actionFiles)("%s exports only action(...)", (file) => {
    expect(unwrappedActions(read(file))).toEqual([]);
  });

  const routes = files.filter((f) => path.basename(f) === "route.ts");
  it.each(routes)("%s exports only withAuth(...) handlers", (file) => {
    expect(unwrappedRouteHandlers(read(file))).toEqual([]);
  });
});

describe("the check itself", () => {
  it("catches server actions built without the wrapper", () => {
    const source = [
      `"use server";`,
      `import { action } from "@/lib/auth/action";`,
      `export type State = { ok: boolean };`,
      `export const goodAction = action(schema, { permission: "home.view" }, async () => {});`,
      `export async function rawAction(form: FormData) {}`,
      `export const arrowAction = async (form: FormData) => {};`,
      `export const aliased = otherWrapper(schema, async () => {});`,
      `export { helper } from "./helper";`,
      `export default async function x() {}`,
    ].join("\n");
    expect(unwrappedActions(source)).toEqual(["rawAction", "arrowAction", "aliased", "helper", "default"]);
  });

  it("catches an inline server action in a component", () => {
    const source = `export default function Page() {\n  async function save() {\n    "use server";\n  }\n}`;
    expect(isServerActionFile(source)).toBe(false);
    expect(unwrappedRouteHandlers(source)).toContain(`inline "use server"`);
  });

  it("catches route handlers built without withAuth, and allows route config", () => {
    const source = [
      `export const dynamic = "force-dynamic";`,
      `export const GET = withAuth(async () => Response.json({}), { public: true });`,
      `export async function POST(req: Request) {}`,
      `export const DELETE = async () => new Response(null);`,
    ].join("\n");
    expect(unwrappedRouteHandlers(source)).toEqual(["POST", "DELETE"]);
    expect(unwrappedRouteHandlers(`export const { GET, POST } = handlers;`)).toEqual([]);
  });

  it("recognises the directive after a comment", () => {
    expect(isServerActionFile(`// why\n/* more */\n"use server";\nexport const a = action(s, {}, f);`)).toBe(true);
  });
});
