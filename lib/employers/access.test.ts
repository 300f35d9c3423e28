import { describe, expect, it } from "vitest";
import { employerInReach } from "./access";

describe("employer reach", () => {
  const bergen = { city: "Bergen" };

  it("an employer in the municipality's city is in reach", () => {
    expect(employerInReach(bergen, { kind: "employer", city: "Bergen" })).toBe(true);
  });

  it("an employer in another city is not", () => {
    expect(employerInReach(bergen, { kind: "employer", city: "Trondheim" })).toBe(false);
  });

  it("an organization in the city that is not an employer is not", () => {
    expect(employerInReach(bergen, { kind: "association", city: "Bergen" })).toBe(false);
    expect(employerInReach(bergen, { kind: "municipality", city: "Bergen" })).toBe(false);
  });
});
