import { describe, expect, it } from "vitest";
import { assignedFilter, caseloadScope, defaultAssignee, seesWholeMunicipality } from "./access";

describe("participant access", () => {
  it("only the municipality admin sees the whole municipality", () => {
    expect(seesWholeMunicipality("municipality_admin")).toBe(true);
    expect(seesWholeMunicipality("consultant")).toBe(false);
    expect(seesWholeMunicipality("job_specialist")).toBe(false);
    expect(seesWholeMunicipality("employer")).toBe(false);
  });

  it("caseload scope: the admin gets the whole municipality unless asking for their own; staff always their own", () => {
    expect(caseloadScope("municipality_admin")).toBe("all");
    expect(caseloadScope("municipality_admin", "mine")).toBe("mine");
    expect(caseloadScope("consultant")).toBe("mine");
    expect(caseloadScope("consultant", "all")).toBe("mine");
  });

  it("assigned filter: mine, all or a known staff member is kept; anything else is the role's default", () => {
    expect(assignedFilter("consultant", "all", [])).toBe("all");
    expect(assignedFilter("municipality_admin", "mine", [])).toBe("mine");
    expect(assignedFilter("municipality_admin", "staff-1", ["staff-1"])).toBe("staff-1");
    expect(assignedFilter("municipality_admin", "staff-2", ["staff-1"])).toBe("all");
    expect(assignedFilter("consultant", "staff-1", [])).toBe("mine");
    expect(assignedFilter("consultant", undefined, [])).toBe("mine");
  });

  it("a new participant goes to whoever registered them if they carry a caseload, not to the admin", () => {
    expect(defaultAssignee({ role: "consultant", userId: "u1" })).toBe("u1");
    expect(defaultAssignee({ role: "job_specialist", userId: "u2" })).toBe("u2");
    expect(defaultAssignee({ role: "municipality_admin", userId: "u3" })).toBeNull();
  });
});
