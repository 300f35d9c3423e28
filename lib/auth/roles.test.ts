import { describe, expect, it } from "vitest";
import { roleEnum } from "@/db/schema/organizations";
import { NotFoundError } from "./errors";
import { actorOf, carriesCaseload, isEmployerRole, isMunicipalityRole, MUNICIPALITY_ROLES, sideOf } from "./roles";

const as = (role: (typeof roleEnum.enumValues)[number]) => ({ membership: { role } });

describe("role groups", () => {
  it("the municipality group is exactly the integration service's three roles", () => {
    expect([...MUNICIPALITY_ROLES].sort()).toEqual(["consultant", "job_specialist", "municipality_admin"]);
    expect(roleEnum.enumValues.filter(isMunicipalityRole)).toHaveLength(3);
  });

  it("placement actor: municipality roles are staff, employers are employer, everyone else gets 404", () => {
    expect(actorOf(as("consultant"))).toBe("staff");
    expect(actorOf(as("municipality_admin"))).toBe("staff");
    expect(actorOf(as("employer"))).toBe("employer");
    expect(() => actorOf(as("association_staff"))).toThrow(NotFoundError);
    expect(() => actorOf(as("partner"))).toThrow(NotFoundError);
  });

  it("caseload: consultants and job specialists carry one, the admin and other roles do not", () => {
    expect(roleEnum.enumValues.filter(carriesCaseload).sort()).toEqual(["consultant", "job_specialist"]);
  });

  it("employer role: only the employer's contact people", () => {
    expect(roleEnum.enumValues.filter(isEmployerRole)).toEqual(["employer"]);
  });

  it("side: staff and employer, and no side for association staff and partners", () => {
    expect(sideOf("job_specialist")).toBe("staff");
    expect(sideOf("employer")).toBe("employer");
    expect(sideOf("association_staff")).toBeNull();
    expect(sideOf("partner")).toBeNull();
  });
});
