import { describe, expect, it } from "vitest";
import { mayFollowUpLeads, mayRecordLeads, organizerHandles } from "./access";

const fair = { kind: "career_fair" as const };
const seminar = { kind: "recruitment_seminar" as const };

describe("lead rules", () => {
  it("lets exhibiting employers record leads, at career fairs only", () => {
    expect(mayRecordLeads(fair, "employer")).toBe(true);
    expect(mayRecordLeads(seminar, "employer")).toBe(false);
    expect(mayRecordLeads(fair, "organizer")).toBe(false);
    expect(mayRecordLeads(fair, "municipality")).toBe(false);
  });
  it("lets the organizer follow leads up, not co-hosts or employers", () => {
    expect(mayFollowUpLeads(fair, "organizer")).toBe(true);
    expect(mayFollowUpLeads(fair, "cohost")).toBe(false);
    expect(mayFollowUpLeads(fair, "employer")).toBe(false);
    expect(mayFollowUpLeads(seminar, "organizer")).toBe(false);
  });
  it("leaves a participant's lead to their consultant", () => {
    expect(organizerHandles({ participantId: null })).toBe(true);
    expect(organizerHandles({ participantId: "p1" })).toBe(false);
  });
});
