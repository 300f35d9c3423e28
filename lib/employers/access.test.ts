import { describe, expect, it } from "vitest";
import { employerInReach, mayInviteAsEmployerContact } from "./access";

describe("employer reach", () => {
  const bergen = { city: "Bergen" };

  it("an employer in the municipality's city is in reach", () => {
    expect(employerInReach(bergen, { kind: "employer", city: "Bergen" })).toBe(true);
  });

  it("an employer in another city is not", () => {
    expect(employerInReach(bergen, { kind: "employer", city: "Trondheim" })).toBe(false);
  });

  it("an organization in the city that is not an employer is not", () => {
    expect(employerInReach(bergen, { kind: "association", city: "Bergen" })).toBe(false);
    expect(employerInReach(bergen, { kind: "municipality", city: "Bergen" })).toBe(false);
  });
});

describe("who may be invited as an employer's contact", () => {
  const kari = { userId: "u-kari", email: "kari@bergen.kommune.example" };
  const stranger = { userId: null, email: "mona@fjordkanten-bygg.example", organizationKinds: [] };

  it("a new email may", () => {
    expect(mayInviteAsEmployerContact(kari, stranger)).toBeNull();
  });

  it("a contact of another employer may", () => {
    expect(
      mayInviteAsEmployerContact(kari, { ...stranger, userId: "u-mona", organizationKinds: ["employer"] }),
    ).toBeNull();
  });

  it("the inviter may not, found by account or by email in any case", () => {
    expect(mayInviteAsEmployerContact(kari, { ...stranger, userId: "u-kari", email: "kari.privat@example.no" })).toBe(
      "self",
    );
    expect(mayInviteAsEmployerContact(kari, { ...stranger, email: "Kari@Bergen.Kommune.example" })).toBe("self");
  });

  it("staff of a municipality, an association or a partner may not, even if also an employer's contact", () => {
    for (const kind of ["municipality", "association", "partner"] as const) {
      expect(
        mayInviteAsEmployerContact(kari, { ...stranger, userId: "u-x", organizationKinds: ["employer", kind] }),
      ).toBe("staff");
    }
  });
});
