import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, clientNamespaces, covers, declaredNamespaces, routeFiles } from "./client-graph";
import { messages } from "./messages";
import { GLOBAL_CLIENT_NAMESPACES, pickMessages } from "./pick";

// Pages send the browser only the messages their client components use (components/i18n/client-messages.tsx).
// A client component whose namespace its page does not declare would show raw keys: this test finds it.
describe("messages sent to the browser", () => {
  it("every route file declares the namespaces of the client components it renders", () => {
    const missing: string[] = [];
    for (const { file, layouts } of routeFiles()) {
      const declared = [...GLOBAL_CLIENT_NAMESPACES, ...[...layouts, file].flatMap(declaredNamespaces)];
      for (const [ns, users] of clientNamespaces(file))
        if (!covers(declared, ns))
          missing.push(`${path.relative(ROOT, file)} needs "${ns}" (used by ${users.join(", ")})`);
    }
    expect(missing).toEqual([]);
  });

  it("every declared namespace exists in both catalogues", () => {
    const declared = new Set([
      ...GLOBAL_CLIENT_NAMESPACES,
      ...routeFiles().flatMap(({ file }) => declaredNamespaces(file)),
    ]);
    expect(declared.size).toBeGreaterThan(40);
    for (const locale of ["nb", "en"] as const)
      for (const ns of declared) expect(pickMessages(messages[locale], [ns]), `${locale} ${ns}`).not.toEqual({});
  });

  it("finds the client components of a page through server components", () => {
    const page = path.join(ROOT, "app/(app)/participants/[id]/page.tsx");
    expect([...clientNamespaces(page).keys()]).toEqual(
      expect.arrayContaining(["participants.consent", "participants.reassign"]),
    );
  });
});

describe("pickMessages", () => {
  const catalogue = { a: { b: { c: "C", d: "D" }, e: "E" }, f: "F" };

  it("keeps the shape of the catalogue and only the namespaces asked for", () => {
    expect(pickMessages(catalogue, ["a.b"])).toEqual({ a: { b: { c: "C", d: "D" } } });
    expect(pickMessages(catalogue, ["a.b", "a.e", "f"])).toEqual({ a: { b: { c: "C", d: "D" }, e: "E" }, f: "F" });
    expect(pickMessages(catalogue, ["a", "a.b"])).toEqual({ a: catalogue.a });
  });

  it("ignores a namespace the catalogue lacks", () => {
    expect(pickMessages(catalogue, ["x.y", "a.b.z"])).toEqual({});
  });
});
