import { describe, expect, it } from "vitest";
import { assignableRoles, isOrgAdmin, leavesNoAdmin, mayDeactivate, mayManagePerson } from "./access";

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

describe("mayManagePerson", () => {
  const admin = { role: "municipality_admin" as const, isAdmin: false, organizationKind: "municipality" as const };
  it("lets a municipality admin manage the municipality's staff", () => {
    expect(mayManagePerson(admin, { role: "consultant" })).toBe(true);
    expect(mayManagePerson(admin, { role: "municipality_admin" })).toBe(true);
  });
  it("lets an employer manage employer colleagues only", () => {
    const employer = { role: "employer" as const, isAdmin: false, organizationKind: "employer" as const };
    expect(mayManagePerson(employer, { role: "employer" })).toBe(true);
    expect(mayManagePerson(employer, { role: "consultant" })).toBe(false);
  });
  it("refuses association staff without the admin flag, and roles that manage nobody", () => {
    const staff = { role: "association_staff" as const, isAdmin: false, organizationKind: "association" as const };
    expect(mayManagePerson(staff, { role: "association_staff" })).toBe(false);
    expect(mayManagePerson({ ...staff, isAdmin: true }, { role: "association_staff" })).toBe(true);
    const consultant = { role: "consultant" as const, isAdmin: false, organizationKind: "municipality" as const };
    expect(mayManagePerson(consultant, { role: "consultant" })).toBe(false);
  });
});

describe("mayDeactivate", () => {
  it("refuses ending one's own access and allows anyone else's", () => {
    expect(mayDeactivate("u1", { userId: "u1" })).toBe(false);
    expect(mayDeactivate("u1", { userId: "u2" })).toBe(true);
  });
});
