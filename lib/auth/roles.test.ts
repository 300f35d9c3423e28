import { describe, expect, it } from "vitest";
import { roleEnum } from "@/db/schema/organizations";
import { NotFoundError } from "./errors";
import { actorOf, isMunicipalityRole, MUNICIPALITY_ROLES } from "./roles";

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
});
