import { describe, expect, it } from "vitest";
import { mayReadMunicipalityReports } from "./access";

describe("report access", () => {
  it("the municipality admin of a municipality reads the reports", () => {
    expect(mayReadMunicipalityReports({ role: "municipality_admin", organizationKind: "municipality" })).toBe(true);
  });

  it("other municipality staff do not", () => {
    expect(mayReadMunicipalityReports({ role: "consultant", organizationKind: "municipality" })).toBe(false);
    expect(mayReadMunicipalityReports({ role: "job_specialist", organizationKind: "municipality" })).toBe(false);
  });

  it("an admin role held in an organization that is not a municipality does not", () => {
    expect(mayReadMunicipalityReports({ role: "municipality_admin", organizationKind: "association" })).toBe(false);
  });

  it("employers, association staff and partners do not", () => {
    expect(mayReadMunicipalityReports({ role: "employer", organizationKind: "employer" })).toBe(false);
    expect(mayReadMunicipalityReports({ role: "association_staff", organizationKind: "association" })).toBe(false);
    expect(mayReadMunicipalityReports({ role: "partner", organizationKind: "partner" })).toBe(false);
  });
});
