import { describe, expect, it } from "vitest";
import { maySeeSpecialist, seesWholeTeam } from "./access";

describe("fidelity access", () => {
  it("only the municipality admin sees the whole team", () => {
    expect(seesWholeTeam("municipality_admin")).toBe(true);
    expect(seesWholeTeam("job_specialist")).toBe(false);
    expect(seesWholeTeam("consultant")).toBe(false);
  });

  it("a job specialist sees their own figures and nobody else's", () => {
    const me = { role: "job_specialist" as const, userId: "js-1" };
    expect(maySeeSpecialist(me, "js-1")).toBe(true);
    expect(maySeeSpecialist(me, "js-2")).toBe(false);
  });

  it("the admin sees every specialist's figures", () => {
    const admin = { role: "municipality_admin" as const, userId: "admin" };
    expect(maySeeSpecialist(admin, "js-1")).toBe(true);
    expect(maySeeSpecialist(admin, "js-2")).toBe(true);
  });
});
