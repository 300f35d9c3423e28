import { describe, expect, it } from "vitest";
import { mayKeepMemberList } from "./access";

describe("mayKeepMemberList", () => {
  it("is for association staff of an association", () => {
    expect(mayKeepMemberList({ role: "association_staff", organizationKind: "association" })).toBe(true);
  });
  it("is not for other roles, nor association staff of another kind of organization", () => {
    expect(mayKeepMemberList({ role: "association_staff", organizationKind: "partner" })).toBe(false);
    expect(mayKeepMemberList({ role: "employer", organizationKind: "employer" })).toBe(false);
    expect(mayKeepMemberList({ role: "municipality_admin", organizationKind: "municipality" })).toBe(false);
    expect(mayKeepMemberList({ role: "partner", organizationKind: "association" })).toBe(false);
  });
});
