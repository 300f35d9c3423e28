import { describe, expect, it } from "vitest";
import { chosenCouncil, councilCities, councilSetupErrors, endMembershipRefusal, mayJoinCouncil } from "./rules";

const known = { municipalities: ["Bergen", "Trondheim"], joinableIds: new Set(["a", "b", "c"]) };
const setup = { cities: ["Bergen"], memberIds: ["a", "b"], chairId: "a", secretariatId: "b" };

describe("council setup", () => {
  it("accepts municipalities that exist, joinable members, and chair and secretariat among them", () => {
    expect(councilSetupErrors(setup, known)).toEqual({});
  });

  it("asks for a municipality and a member, and refuses unknown ones", () => {
    expect(councilSetupErrors({ ...setup, cities: [], memberIds: [] }, known)).toMatchObject({
      cities: "councilAdmin.errors.noCity",
      members: "councilAdmin.errors.noMembers",
    });
    expect(councilSetupErrors({ ...setup, cities: ["Oslo"], memberIds: ["a", "b", "x"] }, known)).toEqual({
      cities: "councilAdmin.errors.city",
      members: "councilAdmin.errors.member",
    });
  });

  it("refuses a chair or secretariat that is not a member, at its own field", () => {
    expect(councilSetupErrors({ ...setup, chairId: "c", secretariatId: "" }, known)).toEqual({
      chairId: "councilAdmin.errors.chairNotMember",
      secretariatId: "councilAdmin.errors.secretariatNotMember",
    });
  });

  it("lets municipalities, associations and partners join, never employers or deactivated ones", () => {
    expect(mayJoinCouncil({ kind: "partner", deactivatedAt: null })).toBe(true);
    expect(mayJoinCouncil({ kind: "municipality", deactivatedAt: null })).toBe(true);
    expect(mayJoinCouncil({ kind: "employer", deactivatedAt: null })).toBe(false);
    expect(mayJoinCouncil({ kind: "association", deactivatedAt: new Date() })).toBe(false);
  });
});

describe("council municipalities", () => {
  it("puts the main one first: the previous main while chosen, else the first by name", () => {
    expect(councilCities(["Trondheim", "Bergen"])).toEqual({ city: "Bergen", cities: ["Bergen", "Trondheim"] });
    expect(councilCities(["Bergen", "Trondheim"], "Trondheim")).toEqual({
      city: "Trondheim",
      cities: ["Trondheim", "Bergen"],
    });
    expect(councilCities(["Ålesund", "Askøy", "Askøy"], "Bergen")).toEqual({
      city: "Askøy",
      cities: ["Askøy", "Ålesund"],
    });
  });
});

describe("ending a membership", () => {
  const council = { chairId: "a", secretariatId: "b" };
  it("is refused for the chair, the secretariat and a membership already ended", () => {
    expect(endMembershipRefusal(council, { organizationId: "a", memberUntil: null })).toBe(
      "councilAdmin.errors.endChair",
    );
    expect(endMembershipRefusal(council, { organizationId: "b", memberUntil: null })).toBe(
      "councilAdmin.errors.endSecretariat",
    );
    expect(endMembershipRefusal(council, { organizationId: "c", memberUntil: new Date() })).toBe(
      "councilAdmin.errors.alreadyEnded",
    );
    expect(endMembershipRefusal(council, { organizationId: "c", memberUntil: null })).toBeNull();
  });
});

describe("the council a person works in", () => {
  const councils = [{ id: "x" }, { id: "y" }];
  it("is the chosen one while still a member, else the first, else none", () => {
    expect(chosenCouncil(councils, "y")).toEqual({ id: "y" });
    expect(chosenCouncil(councils, "gone")).toEqual({ id: "x" });
    expect(chosenCouncil(councils, undefined)).toEqual({ id: "x" });
    expect(chosenCouncil([], "y")).toBeNull();
  });
});
