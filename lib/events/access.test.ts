import { describe, expect, it } from "vitest";
import {
  atAnyEvent,
  atCareerFair,
  eventAccess,
  mayOrganizeEvents,
  mayRegisterParticipants,
  type EventFacts,
  type Viewer,
} from "./access";

const event: EventFacts = {
  associationId: "assoc",
  city: "Bergen",
  status: "published",
  cohostIds: ["kommune", "nav"],
};
const viewer = (v: Partial<Viewer>): Viewer => ({
  organizationId: "x",
  organizationKind: "employer",
  role: "employer",
  city: "Bergen",
  ...v,
});

describe("eventAccess", () => {
  it("gives the organizer association's staff everything", () => {
    expect(
      eventAccess(
        event,
        viewer({ organizationId: "assoc", organizationKind: "association", role: "association_staff" }),
      ),
    ).toBe("organizer");
    expect(
      eventAccess(
        { ...event, status: "draft" },
        viewer({ organizationId: "assoc", organizationKind: "association", role: "association_staff" }),
      ),
    ).toBe("organizer");
  });
  it("lets co-hosts see drafts too, in any role", () => {
    expect(
      eventAccess(
        { ...event, status: "draft" },
        viewer({ organizationId: "nav", organizationKind: "partner", role: "partner" }),
      ),
    ).toBe("cohost");
    expect(
      eventAccess(event, viewer({ organizationId: "kommune", organizationKind: "municipality", role: "consultant" })),
    ).toBe("cohost");
  });
  it("shows published events to employers and municipality staff in the city only", () => {
    expect(eventAccess(event, viewer({}))).toBe("employer");
    expect(eventAccess(event, viewer({ organizationKind: "municipality", role: "consultant" }))).toBe("municipality");
    expect(eventAccess(event, viewer({ city: "Trondheim" }))).toBeNull();
    expect(eventAccess({ ...event, status: "draft" }, viewer({}))).toBeNull();
  });
  it("hides the event from other associations and non-co-hosting partners", () => {
    expect(eventAccess(event, viewer({ organizationKind: "association", role: "association_staff" }))).toBeNull();
    expect(eventAccess(event, viewer({ organizationKind: "partner", role: "partner" }))).toBeNull();
  });
});

describe("mayRegisterParticipants", () => {
  it("is for municipality staff who see the event", () => {
    expect(mayRegisterParticipants("municipality", "consultant")).toBe(true);
    expect(mayRegisterParticipants("cohost", "job_specialist")).toBe(true);
    expect(mayRegisterParticipants("cohost", "partner")).toBe(false);
    expect(mayRegisterParticipants("employer", "employer")).toBe(false);
    expect(mayRegisterParticipants(null, "consultant")).toBe(false);
  });
});

describe("feature rules", () => {
  const fair = { kind: "career_fair" as const };
  const breakfast = { kind: "breakfast_meeting" as const };
  it("atCareerFair allows its audiences at career fairs only", () => {
    const rule = atCareerFair("organizer", "cohost");
    expect(rule(fair, "organizer")).toBe(true);
    expect(rule(fair, "cohost")).toBe(true);
    expect(rule(fair, "employer")).toBe(false);
    expect(rule(breakfast, "organizer")).toBe(false);
  });
  it("atAnyEvent allows its audiences at every kind of event", () => {
    const rule = atAnyEvent("organizer");
    expect(rule(breakfast, "organizer")).toBe(true);
    expect(rule(fair, "organizer")).toBe(true);
    expect(rule(fair, "cohost")).toBe(false);
  });
});

describe("mayOrganizeEvents", () => {
  it("is for association staff of an association", () => {
    expect(mayOrganizeEvents({ role: "association_staff", organizationKind: "association" })).toBe(true);
    expect(mayOrganizeEvents({ role: "association_staff", organizationKind: "partner" })).toBe(false);
    expect(mayOrganizeEvents({ role: "partner", organizationKind: "association" })).toBe(false);
    expect(mayOrganizeEvents({ role: "employer", organizationKind: "employer" })).toBe(false);
  });
});
