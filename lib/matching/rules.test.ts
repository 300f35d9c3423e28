import { describe, expect, it } from "vitest";
import {
  exclusion,
  MATCH_WEIGHTS,
  rankParticipantsForSlot,
  rankSlotsForParticipant,
  scoreMatch,
  type MatchParticipant,
  type MatchSlot,
} from "./rules";

const TODAY = "2026-03-01";

const slot = (over: Partial<MatchSlot> = {}): MatchSlot => ({
  id: "slot-1",
  iscoCode: "5311", // child care worker
  norwegianRequired: "A2",
  requiresDrivingLicence: false,
  area: "Årstad",
  startsOn: "2026-04-01",
  endsOn: "2026-09-30",
  hoursPerWeek: 30,
  ...over,
});

const person = (id: string, over: Partial<MatchParticipant> = {}): MatchParticipant => ({
  id,
  wishes: ["5311"],
  experience: [],
  norwegianSpeaking: "B1",
  drivingLicence: false,
  area: "Årstad",
  hoursPerWeek: 37,
  availableFrom: null,
  programmeEnd: "2027-06-30",
  hasConsent: true,
  inActivePlacement: false,
  ...over,
});

const ids = <T extends { id: string }>(ms: { item: T }[]) => ms.map((m) => m.item.id);

describe("weights", () => {
  it("add up to 100, so a score reads as points out of 100", () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe("rankParticipantsForSlot", () => {
  it("puts a perfect fit at 100 and ranks by occupation fit: wish 1 same unit group > wish 2 > same minor group > experience > major group only", () => {
    const ranked = rankParticipantsForSlot(
      slot(),
      [
        person("major-group", { wishes: ["5120"] }), // cook: same major group 5 only
        person("experience", { wishes: ["9112"], experience: [{ iscoCode: "5311", years: 3 }] }),
        person("wish-2", { wishes: ["9112", "5311"] }),
        person("wish-1", { wishes: ["5311"] }),
        person("minor-group", { wishes: ["5312"] }), // teachers' aide: same minor group 531
      ],
      TODAY,
    );
    expect(ids(ranked)).toEqual(["wish-1", "wish-2", "minor-group", "experience", "major-group"]);
    expect(ranked[0].score).toBe(100);
    expect(ranked[0].parts.find((p) => p.key === "occupation")?.reason).toEqual({
      code: "wish",
      rank: 1,
      distance: 0,
      iscoCode: "5311",
    });
    expect(ranked[0].warnings).toEqual([]);
    // Sharing only the major group (5: services and sales) earns no occupation credit.
    const cook = ranked.find((m) => m.item.id === "major-group")!;
    expect(cook.parts[0]).toMatchObject({ points: 0, reason: { code: "none" } });
  });

  it("gives occupation credit down to the same sub-major group only, and says which group is shared", () => {
    const cookSlot = slot({ iscoCode: "5120" }); // cook
    const occupation = (wish: string) => scoreMatch(cookSlot, person(wish, { wishes: [wish] }), TODAY).parts[0];
    expect(occupation("5120")).toMatchObject({ points: 50, reason: { distance: 0 } }); // same unit group
    expect(occupation("5131")).toMatchObject({ points: 25, reason: { distance: 2 } }); // waiter: sub-major group 51
    expect(occupation("5223")).toMatchObject({ points: 0, reason: { code: "none" } }); // shop sales: 52
    expect(occupation("5311")).toMatchObject({ points: 0, reason: { code: "none" } }); // child care: 53
    expect(occupation("5312")).toMatchObject({ points: 0 });
    const teacherAide = scoreMatch(slot(), person("aide", { wishes: ["5312"] }), TODAY).parts[0];
    expect(teacherAide).toMatchObject({ points: 38, reason: { distance: 1 } }); // same minor group 531
  });

  it("scores in whole points, so the parts shown add up to the score", () => {
    const m = scoreMatch(
      slot(),
      person("odd", { wishes: ["9112", "5312"], hoursPerWeek: 19, area: null, programmeEnd: "2026-08-17" }),
      TODAY,
    );
    for (const part of m.parts) expect(Number.isInteger(part.points)).toBe(true);
    expect(m.parts.reduce((a, p) => a + p.points, 0)).toBe(m.score);
  });

  it("shows the participant's own area next to the slot's", () => {
    const area = (own: string | null) =>
      scoreMatch(slot(), person("p", { area: own }), TODAY).parts.find((p) => p.key === "area")?.reason;
    expect(area("Åsane")).toEqual({ code: "different", area: "Årstad", own: "Åsane" });
    expect(area("årstad")).toEqual({ code: "same", area: "Årstad", own: "årstad" });
    expect(area(null)).toEqual({ code: "unknown", area: "Årstad", own: null });
  });

  it("leaves out a participant whose programme ends before they could start, as a hard stop", () => {
    const s = slot({ startsOn: "2026-04-01" });
    const endsBefore = person("ends-before", { programmeEnd: "2026-03-20" });
    const availableLate = person("available-late", { programmeEnd: "2026-05-01", availableFrom: "2026-05-10" });
    const endsOnStart = person("ends-on-start", { programmeEnd: "2026-04-01" });
    expect(exclusion(s, endsBefore, TODAY)).toBe("programmeEndsBeforeStart");
    expect(exclusion(s, availableLate, TODAY)).toBe("programmeEndsBeforeStart");
    expect(exclusion(s, endsOnStart, TODAY)).toBeNull();
    expect(ids(rankParticipantsForSlot(s, [endsBefore, availableLate, endsOnStart], TODAY))).toEqual(["ends-on-start"]);
  });

  it("leaves out anyone a hard filter stops: no consent, active placement, missing licence, not available, too few hours", () => {
    const s = slot({ requiresDrivingLicence: true });
    const ok = person("ok", { drivingLicence: true });
    const candidates = [
      ok,
      person("no-consent", { drivingLicence: true, hasConsent: false }),
      person("placed", { drivingLicence: true, inActivePlacement: true }),
      person("no-licence", { drivingLicence: false }),
      person("later", { drivingLicence: true, availableFrom: "2026-10-15" }),
      person("part-time", { drivingLicence: true, hoursPerWeek: 10 }),
    ];
    expect(ids(rankParticipantsForSlot(s, candidates, TODAY))).toEqual(["ok"]);
    expect(candidates.map((c) => exclusion(s, c, TODAY))).toEqual([
      null,
      "noConsent",
      "activePlacement",
      "noLicence",
      "notAvailable",
      "tooFewHours",
    ]);
  });

  it("warns, and scores lower, when Norwegian is below the requirement; one level below keeps some points", () => {
    const s = slot({ norwegianRequired: "B1" });
    const [meets, oneBelow, farBelow] = rankParticipantsForSlot(
      s,
      [
        person("far-below", { norwegianSpeaking: "A1" }),
        person("meets", { norwegianSpeaking: "B2" }),
        person("one-below", { norwegianSpeaking: "A2" }),
      ],
      TODAY,
    );
    expect([meets.item.id, oneBelow.item.id, farBelow.item.id]).toEqual(["meets", "one-below", "far-below"]);
    expect(meets.warnings).toEqual([]);
    expect(oneBelow.warnings).toEqual([{ code: "norwegianBelow", level: "A2", required: "B1" }]);
    expect(oneBelow.parts.find((p) => p.key === "norwegian")?.points).toBe(8);
    expect(farBelow.parts.find((p) => p.key === "norwegian")?.points).toBe(0);
  });

  it("warns when the programme ends before the slot does, and gives part of the time-left points", () => {
    const early = scoreMatch(slot(), person("early", { programmeEnd: "2026-06-30" }), TODAY);
    expect(early.warnings).toContainEqual({ code: "programmeEndsBeforeSlotEnd", programmeEnd: "2026-06-30" });
    const timeLeft = early.parts.find((p) => p.key === "timeLeft")!;
    expect(timeLeft.points).toBeGreaterThan(0);
    expect(timeLeft.points).toBeLessThan(MATCH_WEIGHTS.timeLeft);
  });

  it("prefers the same area and enough hours, and counts unknowns as half", () => {
    const ranked = rankParticipantsForSlot(
      slot(),
      [
        person("other-area", { area: "Åsane" }),
        person("same-area"),
        person("no-area", { area: null }),
        person("fewer-hours", { hoursPerWeek: 20 }),
      ],
      TODAY,
    );
    // 20 of 30 hours keeps two thirds of the hours points (-3); an unknown area keeps half (-5); another area none (-10).
    expect(ids(ranked)).toEqual(["same-area", "fewer-hours", "no-area", "other-area"]);
    expect(ranked.find((m) => m.item.id === "fewer-hours")?.warnings).toContainEqual({
      code: "fewerHours",
      hours: 20,
      required: 30,
    });
  });
});

describe("rankSlotsForParticipant", () => {
  it("ranks the participant's open slots by the same parts, skipping those a hard filter stops", () => {
    const p = person("p", { wishes: ["9112", "5311"], norwegianSpeaking: "A2" });
    const ranked = rankSlotsForParticipant(
      p,
      [
        slot({ id: "kindergarten", iscoCode: "5311" }),
        slot({ id: "cleaning", iscoCode: "9112" }),
        slot({ id: "cleaning-needs-b2", iscoCode: "9112", norwegianRequired: "B2" }),
        slot({ id: "driver", iscoCode: "8322", requiresDrivingLicence: true }),
        slot({ id: "ended", iscoCode: "9112", endsOn: "2026-02-01", startsOn: "2026-01-01" }),
      ],
      TODAY,
    );
    expect(ids(ranked)).toEqual(["cleaning", "kindergarten", "cleaning-needs-b2"]);
  });
});
