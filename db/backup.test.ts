import { describe, expect, it } from "vitest";
import { backupFileName, connectionFor } from "./backup";

describe("backupFileName", () => {
  it("is sortable by time and has no colons", () => {
    const now = new Date("2026-11-28T09:30:05.123Z");
    expect(backupFileName("postgres", now)).toBe("lagspill-2026-11-28T09-30-05Z.dump");
    expect(backupFileName("pglite", now)).toBe("lagspill-2026-11-28T09-30-05Z.tar.gz");
  });
});

describe("connectionFor", () => {
  it("moves the password out of the URL into PGPASSWORD", () => {
    const { dbname, env } = connectionFor("postgres://lagspill:s%40cret@db.example:5433/lagspill?sslmode=require");
    expect(dbname).toBe("postgres://lagspill@db.example:5433/lagspill?sslmode=require");
    expect(env).toEqual({ PGPASSWORD: "s@cret" });
  });
  it("sets no password when the URL has none", () => {
    expect(connectionFor("postgres://localhost/lagspill").env).toEqual({});
  });
});
