import { describe, expect, it } from "vitest";
import { hasEnded, likePattern } from "./rules";

const at = (iso: string) => new Date(iso);

describe("no-shows", () => {
  it("may be marked only once the event has ended", () => {
    const event = { endsAt: at("2026-05-20T14:00:00Z") };
    expect(hasEnded(event, at("2026-05-20T13:59:59Z"))).toBe(false);
    expect(hasEnded(event, at("2026-05-20T14:00:00Z"))).toBe(true);
    expect(hasEnded(event, at("2026-05-21T08:00:00Z"))).toBe(true);
  });
});

describe("name search", () => {
  it("matches anywhere and takes LIKE wildcards literally", () => {
    expect(likePattern("  Amina ")).toBe("%Amina%");
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
