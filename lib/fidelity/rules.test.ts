import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  fidelityFigures,
  figuresFor,
  median,
  osloDay,
  type FidelityContact,
  type FidelityFollowUp,
  type FidelityInputs,
  type FidelityParticipant,
} from "./rules";

const now = new Date("2026-11-28T12:00:00Z");
const today = "2026-11-28";
const ago = (days: number) => addDays(today, -days);
const empty: FidelityInputs = { participants: [], contacts: [], workPeriods: [], followUps: [] };

const person = (id: string, over: Partial<FidelityParticipant> = {}): FidelityParticipant => ({
  id,
  assignedTo: "leyla",
  status: "enrolled",
  enrolledAt: ago(400),
  ...over,
});
const employerVisit = (daysAgo: number, over: Partial<FidelityContact> = {}): FidelityContact => ({
  participantId: null,
  staffId: "leyla",
  kind: "employer",
  faceToFace: true,
  contactDate: ago(daysAgo),
  ...over,
});
const step = (
  dueDaysAgo: number,
  doneDaysAfterDue: number | null,
  over: Partial<FidelityFollowUp> = {},
): FidelityFollowUp => ({
  staffId: "leyla",
  source: "cadence",
  dueOn: ago(dueDaysAgo),
  doneAt: doneDaysAfterDue === null ? null : new Date(`${addDays(ago(dueDaysAgo), doneDaysAfterDue)}T10:00:00Z`),
  ...over,
});

describe("date helpers", () => {
  it("count whole days and take the date in Oslo", () => {
    expect(daysBetween("2026-10-01", "2026-10-31")).toBe(30);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // across the change to summer time
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(osloDay(new Date("2026-11-27T23:30:00Z"))).toBe("2026-11-28");
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe("a job specialist with nothing recorded", () => {
  it("has an empty caseload within the limit, no employer contacts, and not enough data for the rest", () => {
    const f = figuresFor(["leyla"], empty, now);
    expect(f.caseload).toMatchObject({ value: 0, threshold: 20, meets: true });
    expect(f.employerContacts).toMatchObject({ value: 0, threshold: 6, meets: false, count: 0 });
    expect(f.daysToFirstContact).toMatchObject({ value: null, meets: null, measured: 0, shareWithin: null });
    expect(f.competitiveWork).toMatchObject({ value: null, meets: null });
    expect(f.followAlong).toMatchObject({ value: null, meets: null });
  });

  it("a team without job specialists has no figures at all", () => {
    const panel = fidelityFigures([], empty, now);
    expect(panel.specialists).toEqual([]);
    expect(panel.team.caseload.meets).toBeNull();
    expect(panel.team.employerContacts.meets).toBeNull();
  });
});

describe("caseload size", () => {
  const participants = [
    ...Array.from({ length: 14 }, (_, i) => person(`e${i}`)),
    person("leave", { status: "on_leave" }),
    person("done", { status: "completed" }),
    person("early", { status: "ended_early" }),
    person("other", { assignedTo: "farah" }),
  ];
  it("counts enrolled and on-leave participants only, against IPS's 20 or the municipality's lower target", () => {
    expect(figuresFor(["leyla"], { ...empty, participants }, now).caseload).toMatchObject({
      value: 15,
      active: 15,
      meets: true,
      threshold: 20,
    });
    expect(figuresFor(["leyla"], { ...empty, participants }, now, 15).caseload).toMatchObject({
      meets: true,
      threshold: 15,
    });
    const sixteen = [...participants, person("extra")];
    expect(figuresFor(["leyla"], { ...empty, participants: sixteen }, now, 15).caseload).toMatchObject({
      value: 16,
      meets: false,
    });
  });
  it("never lets a municipality's target go above IPS's 20", () => {
    const many = Array.from({ length: 22 }, (_, i) => person(`p${i}`));
    expect(figuresFor(["leyla"], { ...empty, participants: many }, now, 25).caseload).toMatchObject({
      threshold: 20,
      meets: false,
    });
  });
});

describe("face-to-face employer contacts per week", () => {
  const days = Array.from({ length: 24 }, (_, i) => i); // today and the 23 days before
  it("meets the threshold with 24 in the last 4 weeks (6 a week), and not with 23", () => {
    const contacts = days.map((d) => employerVisit(d));
    expect(figuresFor(["leyla"], { ...empty, contacts }, now).employerContacts).toMatchObject({
      value: 6,
      count: 24,
      meets: true,
    });
    expect(figuresFor(["leyla"], { ...empty, contacts: contacts.slice(1) }, now).employerContacts).toMatchObject({
      value: 5.75,
      meets: false,
    });
  });
  it("counts workplace visits, but not phone calls, participant meetings, other people's contacts or anything outside the 4 weeks", () => {
    const contacts = [
      employerVisit(1, { kind: "workplace_visit" }),
      employerVisit(27),
      employerVisit(2, { faceToFace: false }),
      employerVisit(3, { kind: "participant" }),
      employerVisit(4, { staffId: "farah" }),
      employerVisit(28),
      employerVisit(-1),
    ];
    expect(figuresFor(["leyla"], { ...empty, contacts }, now).employerContacts.count).toBe(2);
  });
});

describe("days from enrolment to the first face-to-face employer contact", () => {
  it("a contact exactly on day 30 is within the threshold; day 31 is not", () => {
    const participants = [person("a", { enrolledAt: "2026-10-01" })];
    const onDay30 = [employerVisit(0, { participantId: "a", contactDate: "2026-10-31", staffId: "someone-else" })];
    expect(figuresFor(["leyla"], { ...empty, participants, contacts: onDay30 }, now).daysToFirstContact).toMatchObject({
      value: 30,
      meets: true,
      shareWithin: 1,
    });
    const onDay31 = [employerVisit(0, { participantId: "a", contactDate: "2026-11-01" })];
    expect(figuresFor(["leyla"], { ...empty, participants, contacts: onDay31 }, now).daysToFirstContact).toMatchObject({
      value: 31,
      meets: false,
      shareWithin: 0,
    });
  });

  it("takes the median of the caseload taken on in the last 12 months, from the first contact after enrolment", () => {
    const participants = [
      person("quick", { enrolledAt: ago(100) }),
      person("slow", { enrolledAt: ago(200) }),
      person("middle", { enrolledAt: ago(50), status: "completed" }),
      person("long-ago", { enrolledAt: ago(400) }),
      person("waiting", { enrolledAt: ago(10) }),
      person("forgotten", { enrolledAt: ago(60) }),
    ];
    const contacts = [
      employerVisit(95, { participantId: "quick" }), // day 5
      employerVisit(90, { participantId: "quick" }),
      employerVisit(250, { participantId: "slow" }), // before enrolment: an earlier round
      employerVisit(130, { participantId: "slow" }), // day 70
      employerVisit(40, { participantId: "middle", kind: "workplace_visit" }), // day 10
      employerVisit(45, { participantId: "middle", faceToFace: false }),
      employerVisit(390, { participantId: "long-ago" }),
    ];
    const f = figuresFor(["leyla"], { ...empty, participants, contacts }, now).daysToFirstContact;
    // 5, 10, 60 (no contact after 60 days), 70 → median 35; "waiting" is still inside its 30 days.
    expect(f).toMatchObject({ value: 35, measured: 4, within: 2, pending: 1, meets: false, shareWithin: 0.5 });
  });

  it("has no figure while every new participant is still inside the 30 days", () => {
    const participants = [person("new", { enrolledAt: ago(30) })];
    expect(figuresFor(["leyla"], { ...empty, participants }, now).daysToFirstContact).toMatchObject({
      value: null,
      meets: null,
      pending: 1,
    });
  });
});

describe("share of the caseload in competitive work", () => {
  it("counts active participants with a job now; internships, ended and future jobs do not count", () => {
    const participants = ["job1", "job2", "intern", "ended", "future"]
      .map((id) => person(id))
      .concat(person("done", { status: "completed" }));
    const workPeriods = [
      { participantId: "job1", kind: "job" as const, startsOn: ago(30), endsOn: null },
      { participantId: "job2", kind: "job" as const, startsOn: ago(200), endsOn: today },
      { participantId: "intern", kind: "internship" as const, startsOn: ago(10), endsOn: addDays(today, 30) },
      { participantId: "ended", kind: "job" as const, startsOn: ago(100), endsOn: ago(1) },
      { participantId: "future", kind: "job" as const, startsOn: addDays(today, 7), endsOn: null },
      { participantId: "done", kind: "job" as const, startsOn: ago(100), endsOn: null },
    ];
    expect(figuresFor(["leyla"], { ...empty, participants, workPeriods }, now).competitiveWork).toMatchObject({
      value: 0.4,
      inWork: 2,
      active: 5,
      meets: true,
    });
    const fewer = workPeriods.filter((w) => w.participantId !== "job2");
    expect(figuresFor(["leyla"], { ...empty, participants, workPeriods: fewer }, now).competitiveWork).toMatchObject({
      value: 0.2,
      meets: false,
    });
  });
});

describe("follow-along steps on time", () => {
  it("counts cadence steps due in the last 8 weeks, done by the due date plus 3 days", () => {
    const followUps = [
      step(10, 3), // on time: the last day of grace
      step(20, 5), // late
      step(30, null), // missed
      step(2, null), // grace still running: not counted
      step(70, null), // older than 8 weeks
      step(5, 0, { source: "next_action" }),
      step(5, 0, { staffId: "farah" }),
    ];
    expect(figuresFor(["leyla"], { ...empty, followUps }, now).followAlong).toMatchObject({
      onTime: 1,
      due: 3,
      meets: false,
    });
    expect(figuresFor(["leyla"], { ...empty, followUps: [step(10, -1), step(3, 2)] }, now).followAlong).toMatchObject({
      value: 1,
      meets: true,
    });
  });

  it("judges the done time by the date in Oslo", () => {
    // Done 23:30 UTC on the last day of grace is already the next day in Oslo.
    const late = { ...step(10, null), doneAt: new Date(`${addDays(ago(10), 3)}T23:30:00Z`) };
    expect(figuresFor(["leyla"], { ...empty, followUps: [late] }, now).followAlong).toMatchObject({
      onTime: 0,
      due: 1,
    });
  });
});

describe("the team", () => {
  it("averages caseload and contacts per specialist, and pools the rest", () => {
    const inputs: FidelityInputs = {
      participants: [
        ...Array.from({ length: 10 }, (_, i) => person(`l${i}`, { enrolledAt: ago(60) })),
        ...Array.from({ length: 20 }, (_, i) => person(`f${i}`, { assignedTo: "farah", enrolledAt: ago(60) })),
      ],
      contacts: [
        ...Array.from({ length: 10 }, (_, i) => employerVisit(45, { participantId: `l${i}` })), // day 15, before the 4 weeks
        ...Array.from({ length: 32 }, (_, i) => employerVisit(i % 20)),
        ...Array.from({ length: 8 }, (_, i) => employerVisit(i, { staffId: "farah" })),
      ],
      workPeriods: [{ participantId: "l0", kind: "job", startsOn: ago(5), endsOn: null }],
      followUps: [step(10, 0), step(10, null, { staffId: "farah" })],
    };
    const panel = fidelityFigures(["leyla", "farah"], inputs, now, 15);
    expect(panel.specialists.map((s) => s.staffId)).toEqual(["leyla", "farah"]);
    expect(panel.specialists[0].figures.employerContacts).toMatchObject({ value: 8, meets: true });
    expect(panel.specialists[1].figures.caseload).toMatchObject({ value: 20, meets: false });
    expect(panel.team.caseload).toMatchObject({ value: 15, active: 30, meets: true });
    expect(panel.team.employerContacts).toMatchObject({ value: 5, count: 40, meets: false });
    expect(panel.team.competitiveWork).toMatchObject({ inWork: 1, active: 30 });
    expect(panel.team.followAlong).toMatchObject({ value: 0.5, due: 2 });
    // Leyla's ten met an employer within 30 days; Farah's twenty are 60 days in without one.
    expect(panel.team.daysToFirstContact).toMatchObject({ measured: 30, shareWithin: 1 / 3, value: 60 });
  });
});
