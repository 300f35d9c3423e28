import { describe, expect, it } from "vitest";
import { personStatus } from "./rules";

describe("status", () => {
  it("reads the status from deactivated_at", () => {
    expect(personStatus({ deactivatedAt: null })).toBe("active");
    expect(personStatus({ deactivatedAt: new Date() })).toBe("deactivated");
  });
});
