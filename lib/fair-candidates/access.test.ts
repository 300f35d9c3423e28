import { describe, expect, it } from "vitest";
import {
  mayManageCandidates,
  mayMeetCandidates,
  mayRegisterOurParticipants,
  registersWholeMunicipality,
  visibleToExhibitors,
  type CandidateFacts,
} from "./access";

const fair = { kind: "career_fair" as const };
const meeting = { kind: "info_meeting" as const };

describe("who handles candidates", () => {
  it("lets only the organizer manage candidates", () => {
    expect(mayManageCandidates(fair, "organizer")).toBe(true);
    expect(mayManageCandidates(fair, "cohost")).toBe(false);
    expect(mayManageCandidates(fair, "employer")).toBe(false);
    expect(mayManageCandidates(fair, "municipality")).toBe(false);
  });
  it("lets only exhibiting employers meet candidates", () => {
    expect(mayMeetCandidates(fair, "employer")).toBe(true);
    expect(mayMeetCandidates(fair, "organizer")).toBe(false);
    expect(mayMeetCandidates(fair, "municipality")).toBe(false);
  });
  it("lets municipality staff register participants at career fairs, as co-host or in the city", () => {
    expect(mayRegisterOurParticipants(fair, "municipality", "consultant")).toBe(true);
    expect(mayRegisterOurParticipants(fair, "cohost", "municipality_admin")).toBe(true);
    expect(mayRegisterOurParticipants(meeting, "municipality", "consultant")).toBe(false);
    expect(mayRegisterOurParticipants(fair, "cohost", "partner")).toBe(false);
    expect(mayRegisterOurParticipants(fair, "employer", "employer")).toBe(false);
  });
  it("lets the admin register anyone in the municipality, others their own caseload", () => {
    expect(registersWholeMunicipality("municipality_admin")).toBe(true);
    expect(registersWholeMunicipality("consultant")).toBe(false);
    expect(registersWholeMunicipality("job_specialist")).toBe(false);
  });
});

describe("visibleToExhibitors", () => {
  const c = (v: Partial<CandidateFacts>): CandidateFacts => ({
    status: "registered",
    shareWithExhibitors: true,
    participantId: null,
    consentInForce: false,
    ...v,
  });
  it("shows registered public candidates who share their profile", () => {
    expect(visibleToExhibitors(c({}))).toBe(true);
    expect(visibleToExhibitors(c({ shareWithExhibitors: false }))).toBe(false);
    expect(visibleToExhibitors(c({ status: "waitlisted" }))).toBe(false);
    expect(visibleToExhibitors(c({ status: "cancelled" }))).toBe(false);
  });
  it("shows a programme participant only while the consent is in force", () => {
    expect(visibleToExhibitors(c({ participantId: "p1", consentInForce: true }))).toBe(true);
    expect(visibleToExhibitors(c({ participantId: "p1", consentInForce: false }))).toBe(false);
    expect(visibleToExhibitors(c({ participantId: "p1", consentInForce: true, shareWithExhibitors: false }))).toBe(
      false,
    );
  });
});
