import { describe, expect, it } from "vitest";
import { assignableRoles, isOrgAdmin, leavesNoAdmin, personStatus } from "./rules";

describe("assignableRoles", () => {
  it("lets a municipality admin give the municipality's roles", () => {
    expect(assignableRoles({ role: "municipality_admin", isAdmin: false, organizationKind: "municipality" })).toEqual([
      "consultant",
      "job_specialist",
      "municipality_admin",
    ]);
  });
  it("needs the admin flag for association staff", () => {
    expect(assignableRoles({ role: "association_staff", isAdmin: true, organizationKind: "association" })).toEqual([
      "association_staff",
    ]);
    expect(assignableRoles({ role: "association_staff", isAdmin: false, organizationKind: "association" })).toBeNull();
  });
  it("lets employers invite only employer colleagues, and nobody else manage people", () => {
    expect(assignableRoles({ role: "employer", isAdmin: false, organizationKind: "employer" })).toEqual(["employer"]);
    expect(assignableRoles({ role: "consultant", isAdmin: false, organizationKind: "municipality" })).toBeNull();
    expect(assignableRoles({ role: "partner", isAdmin: true, organizationKind: "partner" })).toBeNull();
  });
});

describe("leavesNoAdmin", () => {
  const admin = { role: "municipality_admin" as const, isAdmin: false };
  const consultant = { role: "consultant" as const, isAdmin: false };
  it("refuses demoting the last administrator", () => {
    expect(leavesNoAdmin("municipality", 1, admin, consultant)).toBe(true);
    expect(leavesNoAdmin("municipality", 2, admin, consultant)).toBe(false);
    expect(leavesNoAdmin("municipality", 1, consultant, admin)).toBe(false);
  });
  it("treats the association admin flag as the administrator role", () => {
    const flagged = { role: "association_staff" as const, isAdmin: true };
    expect(isOrgAdmin(flagged)).toBe(true);
    expect(leavesNoAdmin("association", 1, flagged, { ...flagged, isAdmin: false })).toBe(true);
  });
  it("does not apply to employers, who have no administrator", () => {
    expect(
      leavesNoAdmin("employer", 0, { role: "employer", isAdmin: false }, { role: "employer", isAdmin: false }),
    ).toBe(false);
  });
});

describe("status", () => {
  it("reads the status from deactivated_at", () => {
    expect(personStatus({ deactivatedAt: null })).toBe("active");
    expect(personStatus({ deactivatedAt: new Date() })).toBe("deactivated");
  });
});
