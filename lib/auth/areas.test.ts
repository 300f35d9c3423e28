import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSignedInArea as proxyGuards } from "@/proxy";
import { SIGNED_IN_AREAS } from "./areas";
import { NAV_ITEMS } from "./navigation";

// The folders of app/(app) that hold pages, as addresses: "/participants", …
const folders = readdirSync(path.resolve(__dirname, "../../app/(app)"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `/${entry.name}`);

describe("signed-in areas", () => {
  it("are exactly the folders of app/(app)", () => {
    expect([...SIGNED_IN_AREAS].sort()).toEqual([...folders].sort());
  });
  it("are each listed once", () => {
    expect(new Set(SIGNED_IN_AREAS).size).toBe(SIGNED_IN_AREAS.length);
  });
  it("include every menu item's area", () => {
    const outside = NAV_ITEMS.map((item) => item.href).filter(
      (href) => !(SIGNED_IN_AREAS as readonly string[]).includes(href),
    );
    expect(outside).toEqual([]);
  });
  it("are the areas the proxy sends signed-out visitors away from, with what lies under them", () => {
    for (const folder of folders) {
      expect(proxyGuards(folder), folder).toBe(true);
      expect(proxyGuards(`${folder}/x`), `${folder}/x`).toBe(true);
    }
    expect(proxyGuards("/admin")).toBe(true);
    expect(proxyGuards("/admin/operators")).toBe(true);
    expect(proxyGuards("/sign-in")).toBe(false);
    expect(proxyGuards("/setup/abc")).toBe(false);
    expect(proxyGuards("/fairs/registration")).toBe(false);
  });
});
