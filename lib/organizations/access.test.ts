import { describe, expect, it } from "vitest";
import { cityKindsShown } from "./access";

describe("organizations in the city shown on the home page", () => {
  it("municipality staff see employers and associations, not other municipalities or partners", () => {
    for (const role of ["consultant", "job_specialist", "municipality_admin"] as const)
      expect(cityKindsShown(role)).toEqual(["employer", "association"]);
  });

  it("an employer sees municipalities and associations, not other employers", () => {
    expect(cityKindsShown("employer")).toEqual(["municipality", "association"]);
  });

  it("association staff see employers and municipalities, not associations", () => {
    expect(cityKindsShown("association_staff")).toEqual(["employer", "municipality"]);
  });

  it("a partner sees every kind, partners included", () => {
    expect(cityKindsShown("partner")).toEqual(["employer", "municipality", "association", "partner"]);
  });
});
