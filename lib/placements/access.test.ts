import { describe, expect, it } from "vitest";
import type { PlacementStage } from "@/db/schema/pipeline";
import { NotFoundError } from "@/lib/auth/errors";
import {
  agreementInProgress,
  agreementVisible,
  employerSeesCandidate,
  employerSeesContact,
  employerSeesName,
  mayConfirmAs,
  mayEditTerms,
  placementScopeOf,
  requireSide,
  seesWholeMunicipality,
  visibleHistory,
} from "./access";

const as = (role: "consultant" | "municipality_admin" | "employer" | "association_staff" | "partner") => ({
  membership: { role },
});

describe("placement scope", () => {
  it("gives staff their municipality's placements, every stage", () => {
    expect(placementScopeOf("staff", "kommune")).toEqual({
      by: "municipalityId",
      organizationId: "kommune",
      hiddenStages: [],
    });
  });
  it("gives an employer the placements proposed to it, never a suggestion", () => {
    expect(placementScopeOf("employer", "bygg")).toEqual({
      by: "employerId",
      organizationId: "bygg",
      hiddenStages: ["suggested"],
    });
  });
});

describe("one side only", () => {
  it("lets the named side through", () => {
    expect(requireSide(as("consultant"), "staff")).toBe("staff");
    expect(requireSide(as("employer"), "employer")).toBe("employer");
  });
  it("answers the other side and every other role with a not-found", () => {
    expect(() => requireSide(as("employer"), "staff", "slot")).toThrow(NotFoundError);
    expect(() => requireSide(as("municipality_admin"), "employer")).toThrow(NotFoundError);
    expect(() => requireSide(as("association_staff"), "staff")).toThrow(NotFoundError);
    expect(() => requireSide(as("partner"), "employer")).toThrow(NotFoundError);
  });
  it("shows the admin the whole municipality, a consultant their own caseload", () => {
    expect(seesWholeMunicipality("municipality_admin")).toBe(true);
    expect(seesWholeMunicipality("consultant")).toBe(false);
    expect(seesWholeMunicipality("job_specialist")).toBe(false);
  });
});

describe("history", () => {
  const rows = [
    { toStage: "suggested" as PlacementStage, note: "god match" },
    { toStage: "proposed" as PlacementStage, note: "ringte henne" },
  ];
  it("shows staff every move with its note", () => {
    expect(visibleHistory("staff", rows)).toEqual(rows);
  });
  it("hides the suggestion and every note from the employer", () => {
    expect(visibleHistory("employer", rows)).toEqual([{ toStage: "proposed", note: null }]);
  });
});

describe("what the employer sees of a candidate", () => {
  it("names the candidate until they are no longer available", () => {
    expect(employerSeesName("proposed")).toBe(true);
    expect(employerSeesName("declined_by_employer")).toBe(true);
    expect(employerSeesName("withdrawn")).toBe(false);
    expect(employerSeesName("declined_by_participant")).toBe(false);
  });
  it("needs consent in force while a proposal waits for an answer", () => {
    expect(employerSeesCandidate("proposed", true)).toBe(true);
    expect(employerSeesCandidate("proposed", false)).toBe(false);
    expect(employerSeesCandidate("interview", false)).toBe(false);
  });
  it("keeps an agreement or a started placement visible after a withdrawal of consent", () => {
    expect(employerSeesCandidate("agreement", false)).toBe(true);
    expect(employerSeesCandidate("active", false)).toBe(true);
  });
  it("never shows a candidate who withdrew, with or without consent", () => {
    expect(employerSeesCandidate("withdrawn", true)).toBe(false);
    expect(employerSeesCandidate("declined_by_participant", true)).toBe(false);
  });
  it("gives contact details from the agreement on, not before", () => {
    expect(employerSeesContact("interview")).toBe(false);
    expect(employerSeesContact("agreement")).toBe(true);
    expect(employerSeesContact("completed")).toBe(true);
  });
});

describe("the agreement", () => {
  it("exists from the agreement stage on", () => {
    expect(agreementVisible("interview")).toBe(false);
    expect(agreementVisible("agreement")).toBe(true);
    expect(agreementVisible("active")).toBe(true);
    expect(agreementVisible("withdrawn")).toBe(false);
  });
  it("is open for terms and confirmations only while being made", () => {
    expect(agreementInProgress("agreement")).toBe(true);
    expect(agreementInProgress("active")).toBe(false);
  });
  it("has its terms written by staff only, while in progress", () => {
    expect(mayEditTerms("staff", "agreement")).toBe(true);
    expect(mayEditTerms("employer", "agreement")).toBe(false);
    expect(mayEditTerms("staff", "active")).toBe(false);
  });
  it("lets each side confirm only as its own party", () => {
    expect(mayConfirmAs("employer", "employer")).toBe(true);
    expect(mayConfirmAs("employer", "municipality")).toBe(false);
    expect(mayConfirmAs("employer", "participant")).toBe(false);
    expect(mayConfirmAs("staff", "municipality")).toBe(true);
    expect(mayConfirmAs("staff", "participant")).toBe(true);
    expect(mayConfirmAs("staff", "employer")).toBe(false);
  });
});
