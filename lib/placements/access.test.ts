import { describe, expect, it } from "vitest";
import type { PlacementStage } from "@/db/schema/pipeline";
import { NotFoundError } from "@/lib/auth/errors";
import {
  agreementInProgress,
  agreementVisible,
  employerSeesCandidate,
  employerSeesContact,
  mayConfirmAs,
  mayEditTerms,
  placementScopeOf,
  requireSide,
  seesWholeMunicipality,
  visibleHistory,
  employerMessage,
} from "./access";
import { encodeEmployerMessage } from "./rules";

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
    expect(visibleHistory("staff", rows)).toEqual(rows.map((r) => ({ ...r, toEmployer: false })));
  });
  it("hides the suggestion and every internal note from the employer, also an old note on the proposal", () => {
    expect(visibleHistory("employer", rows)).toEqual([{ toStage: "proposed", note: null, toEmployer: false }]);
    expect(employerMessage(rows)).toBeNull();
  });
  it("shows the employer the consultant's message with the proposal, and no other note", () => {
    const withMessage = [
      { toStage: "suggested" as PlacementStage, note: encodeEmployerMessage("ikke denne") },
      { toStage: "proposed" as PlacementStage, note: encodeEmployerMessage("Amina har fagbrev.") },
      { toStage: "employer_interested" as PlacementStage, note: encodeEmployerMessage("intern") },
    ];
    expect(visibleHistory("employer", withMessage)).toEqual([
      { toStage: "proposed", note: "Amina har fagbrev.", toEmployer: true },
      { toStage: "employer_interested", note: null, toEmployer: false },
    ]);
    expect(visibleHistory("staff", withMessage)[1]).toEqual({
      toStage: "proposed",
      note: "Amina har fagbrev.",
      toEmployer: true,
    });
    expect(employerMessage(withMessage)).toBe("Amina har fagbrev.");
  });
});

describe("what the employer sees of a candidate", () => {
  it("names the candidate until they are no longer available, with consent in force", () => {
    expect(employerSeesCandidate("proposed", true)).toBe(true);
    expect(employerSeesCandidate("declined_by_employer", true)).toBe(true);
  });
  it("needs consent in force at every stage before the agreement is signed, and after a decline", () => {
    for (const stage of ["proposed", "employer_interested", "interview", "agreement", "declined_by_employer"] as const)
      expect(employerSeesCandidate(stage, false), stage).toBe(false);
  });
  it("keeps a signed agreement's person visible after a withdrawal of consent", () => {
    expect(employerSeesCandidate("active", false)).toBe(true);
    expect(employerSeesCandidate("completed", false)).toBe(true);
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
