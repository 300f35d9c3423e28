import { describe, expect, it } from "vitest";
import type { Role } from "@/db/schema/organizations";
import { mayEditSlot, maySeeSlot, picksEmployer, slotReach, type SlotFacts } from "./access";

const viewer = (role: Role, organizationId = "org-1", city = "Bergen") => ({ role, organizationId, city });
const slot = (over: Partial<SlotFacts> = {}): SlotFacts => ({
  employerId: "emp-1",
  employerKind: "employer",
  employerCity: "Bergen",
  ...over,
});

describe("slot access", () => {
  it("an employer reaches only its own organization's slots", () => {
    expect(slotReach(viewer("employer", "emp-1"))).toEqual({ kind: "own", employerId: "emp-1" });
    expect(maySeeSlot(viewer("employer", "emp-1"), slot())).toBe(true);
    expect(maySeeSlot(viewer("employer", "emp-2"), slot())).toBe(false);
  });

  it("municipality staff reach slots of employers in their city, not in another city", () => {
    for (const role of ["consultant", "job_specialist", "municipality_admin"] as const) {
      expect(slotReach(viewer(role))).toEqual({ kind: "city", city: "Bergen" });
      expect(maySeeSlot(viewer(role), slot())).toBe(true);
      expect(maySeeSlot(viewer(role, "org-1", "Oslo"), slot())).toBe(false);
    }
  });

  it("a slot of an organization that is not an employer is out of the staff's reach", () => {
    expect(maySeeSlot(viewer("consultant"), slot({ employerKind: "association" }))).toBe(false);
  });

  it("association staff and partners reach no slots", () => {
    expect(slotReach(viewer("association_staff"))).toBeNull();
    expect(maySeeSlot(viewer("partner"), slot())).toBe(false);
  });

  it("whoever sees a slot may edit it; nobody edits one they do not see", () => {
    expect(mayEditSlot(viewer("employer", "emp-1"), slot())).toBe(true);
    expect(mayEditSlot(viewer("consultant"), slot())).toBe(true);
    expect(mayEditSlot(viewer("employer", "emp-2"), slot())).toBe(false);
    expect(mayEditSlot(viewer("association_staff"), slot())).toBe(false);
  });

  it("staff pick the employer; an employer does not", () => {
    expect(picksEmployer("municipality_admin")).toBe(true);
    expect(picksEmployer("employer")).toBe(false);
  });
});
