// Bergen's cooperation council: members and representatives, four past meetings with agenda,
// decisions, attendance, approved minutes and action items, one planned meeting, and three goals
// with two years of history and the members' commitments. Trondheim has no council. Deterministic
// for the anchor day and idempotent: stable ids and "on conflict do nothing", so a second run
// leaves rows (also those the e2e tests changed) as they are.
import type { Tx } from "../index";
import {
  councilActionComments,
  councilActionItems,
  councilAgendaItems,
  councilAttendance,
  councilCommitments,
  councilDecisions,
  councilGoalReports,
  councilGoals,
  councilMeetings,
  councilMembers,
  councilRepresentatives,
  councils,
} from "../schema";
import { SeedClock } from "./caseload-data";
import {
  COUNCIL_CHAIR,
  COUNCIL_IDS,
  COUNCIL_MEMBERS,
  COUNCIL_NAME,
  COUNCIL_SECRETARIAT,
  FIRST_CONTACT_REPORTS,
  GOAL_TEXTS,
  NEXT_MEETING,
  PAST_MEETINGS,
  REPRESENTATIVES,
  type SeedAction,
  type SeedMeeting,
} from "./council-data";
import { organizations } from "./data";
import { onWeekday, osloAt } from "./events-data";
import { stableId } from "./ids";
import { seedVestlandCouncil } from "./council-vestland";

const org = (key: string) => stableId(`org:${key}`);
const user = (email: string) => stableId(`user:${email}`);
const repId = (email: string) => stableId(`council:bergen:rep:${email}`);
const orgName = (key: string) => organizations.find((o) => o.key === key)?.name ?? key;
const MARIT = user("marit@naeringsforum-bergen.example");
const RAGNHILD = user("ragnhild.fossdal@bergen.kommune.example");
const EIRIK = user("eirik.nesttun@nav.example");
const TUESDAY = 2;
// Not COUNCIL_IDS.bergen at module level: council-data and index import each other.
const COUNCIL = stableId("council:bergen");

const MONTHS = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];
const WEEKDAYS = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];
const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);
const longDate = (date: string) => {
  const d = utcDay(date);
  return `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const meetingTitle = (date: string) =>
  `Rådsmøte ${MONTHS[utcDay(date).getUTCMonth()]} ${utcDay(date).getUTCFullYear()}`;
/** The person an organization's items are addressed to: its first representative. */
const firstRep = (key: string) => REPRESENTATIVES.find((r) => r.org === key)!;

async function insertAll(tx: Tx, table: Parameters<Tx["insert"]>[0], rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 400)
    await tx
      .insert(table)
      .values(rows.slice(i, i + 400) as never)
      .onConflictDoNothing();
}

/** Minutes as the secretariat writes them, from the same facts as the agenda, decisions and attendance rows. */
function minutesOf(clock: SeedClock, m: SeedMeeting, day: number, nextDay: number): string {
  const who = (r: (typeof REPRESENTATIVES)[number]) => `- ${r.name}, ${orgName(r.org)}`;
  const present = REPRESENTATIVES.filter((r) => !m.absent.includes(r.email));
  const absent = REPRESENTATIVES.filter((r) => m.absent.includes(r.email));
  const chair = firstRep(COUNCIL_CHAIR);
  const secretary = firstRep(COUNCIL_SECRETARIAT);
  const lines = [
    [
      `**Dato:** ${WEEKDAYS[utcDay(clock.date(day)).getUTCDay()]} ${longDate(clock.date(day))}, kl. 13.00–15.00`,
      `**Sted:** ${m.venue}`,
      `**Møteleder:** ${chair.name}, ${orgName(COUNCIL_CHAIR)} (leder av rådet)`,
      `**Referent:** ${secretary.name}, ${orgName(COUNCIL_SECRETARIAT)} (sekretariatet)`,
    ].join("\n"),
    "## Til stede",
    present.map(who).join("\n"),
  ];
  if (absent.length > 0) lines.push("## Forfall", absent.map(who).join("\n"));
  m.agenda.forEach((item, i) => {
    lines.push(`## Sak ${i + 1}: ${item.title}`, item.notes);
    if (item.attachment) lines.push(`Vedlegg: [${item.title}](${item.attachment})`);
    if (item.decision) lines.push(`**Vedtak:** ${item.decision}`);
  });
  lines.push(
    "## Oppfølgingspunkter",
    m.actions
      .map(
        (a) =>
          `- ${a.title}. Ansvar: ${orgName(a.owner)} (${firstRep(a.owner).name}). Frist: ${longDate(clock.date(day + a.due))}.`,
      )
      .join("\n"),
    `Neste møte: ${longDate(clock.date(nextDay))}.`,
  );
  return `${lines.join("\n\n")}\n`;
}

function actionRow(clock: SeedClock, meetingId: string, day: number, a: SeedAction) {
  const rep = firstRep(a.owner);
  const created = osloAt(clock, day + 1, "10:00");
  const doneAt = a.status === "done" ? osloAt(clock, Math.min(day + (a.doneAfter ?? a.due), -1), "14:00") : null;
  const touched = a.comments?.length
    ? osloAt(clock, Math.min(day + Math.max(...a.comments.map((c) => c.after)), -1), "09:00")
    : created;
  return {
    id: stableId(`council:bergen:action:${a.key}`),
    councilId: COUNCIL,
    meetingId,
    title: a.title,
    ownerOrgId: org(a.owner),
    ownerName: rep.name,
    ownerRepresentativeId: repId(rep.email),
    dueOn: clock.date(day + a.due),
    status: a.status,
    doneAt,
    createdBy: MARIT,
    createdAt: created,
    updatedAt: doneAt ?? (a.status === "open" ? created : touched),
  };
}

/** The Christmas weeks and the common summer holiday ("fellesferien"), when no council meets. */
function isHoliday(date: string): boolean {
  const md = date.slice(5);
  return (md >= "07-01" && md <= "08-09") || md >= "12-20" || md <= "01-04";
}

/**
 * The Tuesday nearest `offset` outside the holidays (earlier first on a tie), within `[min, max]`
 * days of the anchor: a past meeting ends two weeks before the seed day at the latest, so its
 * minutes are approved and its first action items due; the next one is at least two weeks ahead.
 */
function meetingDay(clock: SeedClock, offset: number, min: number, max: number): number {
  const day = onWeekday(clock, offset, TUESDAY);
  for (let weeks = 0; weeks <= 8; weeks++) {
    for (const d of [day - 7 * weeks, day + 7 * weeks]) if (d >= min && d <= max && !isHoliday(clock.date(d))) return d;
  }
  return day;
}

/** The four past meetings' days and the next meeting's, relative to the anchor. */
export function meetingDays(anchor: Date): { past: number[]; next: number } {
  const clock = new SeedClock(anchor);
  return {
    past: PAST_MEETINGS.map((m) => meetingDay(clock, m.offset, -400, -14)),
    next: meetingDay(clock, NEXT_MEETING.offset, 14, 70),
  };
}

async function seedMeetings(tx: Tx, clock: SeedClock): Promise<void> {
  const { past: days, next: nextDay } = meetingDays(clock.anchor);
  const meetings: (typeof councilMeetings.$inferInsert)[] = [];
  const agenda: (typeof councilAgendaItems.$inferInsert)[] = [];
  const decisions: (typeof councilDecisions.$inferInsert)[] = [];
  const attendance: (typeof councilAttendance.$inferInsert)[] = [];
  const actions: (typeof councilActionItems.$inferInsert)[] = [];
  const comments: (typeof councilActionComments.$inferInsert)[] = [];

  PAST_MEETINGS.forEach((m, n) => {
    const id = stableId(`council:bergen:meeting:${m.key}`);
    const day = days[n];
    const approvedAt = osloAt(clock, Math.min(day + 9, -1), "11:00");
    meetings.push({
      id,
      councilId: COUNCIL,
      title: meetingTitle(clock.date(day)),
      startsAt: osloAt(clock, day, "13:00"),
      endsAt: osloAt(clock, day, "15:00"),
      venue: m.venue,
      status: "held",
      invitationSentAt: osloAt(clock, day - 14, "09:00"),
      minutes: minutesOf(clock, m, day, days[n + 1] ?? nextDay),
      minutesStatus: "approved",
      minutesApprovedAt: approvedAt,
      minutesApprovedBy: MARIT,
      createdBy: MARIT,
      createdAt: osloAt(clock, day - 21, "09:00"),
      updatedAt: approvedAt,
    });
    m.agenda.forEach((item, i) => {
      agenda.push({
        id: stableId(`${id}:agenda:${i + 1}`),
        meetingId: id,
        position: i + 1,
        title: item.title,
        ownerId: org(item.owner),
        minutes: item.minutes,
        attachmentUrl: item.attachment ?? null,
      });
    });
    m.agenda
      .filter((item) => item.decision)
      .forEach((item, i) => {
        decisions.push({
          id: stableId(`${id}:decision:${i + 1}`),
          meetingId: id,
          position: i + 1,
          text: item.decision!,
        });
      });
    for (const r of REPRESENTATIVES)
      attendance.push({ meetingId: id, representativeId: repId(r.email), present: !m.absent.includes(r.email) });
    for (const a of m.actions) {
      const row = actionRow(clock, id, day, a);
      actions.push(row);
      a.comments?.forEach((c, i) => {
        comments.push({
          id: stableId(`${row.id}:comment:${i + 1}`),
          actionItemId: row.id,
          userId: user(c.by),
          body: c.body,
          createdAt: osloAt(clock, Math.min(day + c.after, -1), "09:00"),
        });
      });
    }
  });

  // The next meeting: agenda drafted, invitation not sent yet (the secretariat's next step).
  meetings.push({
    id: COUNCIL_IDS.nextMeeting,
    councilId: COUNCIL,
    title: meetingTitle(clock.date(nextDay)),
    startsAt: osloAt(clock, nextDay, "13:00"),
    endsAt: osloAt(clock, nextDay, "15:00"),
    venue: NEXT_MEETING.venue,
    status: "planned",
    createdBy: MARIT,
    createdAt: osloAt(clock, -3, "10:00"),
    updatedAt: osloAt(clock, -3, "10:00"),
  });
  NEXT_MEETING.agenda.forEach((item, i) => {
    agenda.push({
      id: stableId(`${COUNCIL_IDS.nextMeeting}:agenda:${i + 1}`),
      meetingId: COUNCIL_IDS.nextMeeting,
      position: i + 1,
      title: item.title,
      ownerId: org(item.owner),
      minutes: item.minutes,
    });
  });

  await insertAll(tx, councilMeetings, meetings);
  await insertAll(tx, councilAgendaItems, agenda);
  await insertAll(tx, councilDecisions, decisions);
  await insertAll(tx, councilAttendance, attendance);
  await insertAll(tx, councilActionItems, actions);
  await insertAll(tx, councilActionComments, comments);
}

/** First day of the quarter `back` quarters before the anchor's quarter, and the last day of a quarter after it. */
function quarter(anchor: Date, back: number, plusQuarters = 0, end = false): string {
  const month = Math.floor(anchor.getUTCMonth() / 3) * 3 - back * 3 + plusQuarters * 3;
  return new Date(Date.UTC(anchor.getUTCFullYear(), end ? month + 3 : month, end ? 0 : 1)).toISOString().slice(0, 10);
}

async function seedGoals(tx: Tx, clock: SeedClock, anchor: Date): Promise<void> {
  // Two years of history: measured from the start of the quarter eight quarters back.
  const startsOn = quarter(anchor, 8);
  const created = osloAt(clock, Math.round((utcDay(startsOn).getTime() - anchor.getTime()) / 86_400_000) - 20, "10:00");
  const year = anchor.getUTCFullYear();
  const base = { councilId: COUNCIL, startsOn, createdBy: EIRIK, createdAt: created, updatedAt: created };
  const ids = COUNCIL_IDS.goals;
  const text = (key: string) => GOAL_TEXTS.find((g) => g.key === key)!;
  await insertAll(tx, councilGoals, [
    {
      ...base,
      id: ids.workOrEducation,
      title: text("work-education").title,
      why: text("work-education").why,
      level: "macro",
      baseline: 55,
      target: 70,
      deadline: `${year + 2}-12-31`,
      unit: "percent",
      measure: "live",
      metric: "work_or_education_share",
      metricParams: { months: 36 },
    },
    {
      ...base,
      id: ids.memberSlots,
      title: text("member-slots").title,
      why: text("member-slots").why,
      level: "meso",
      baseline: 4,
      target: 15,
      deadline: `${year + 1}-12-31`,
      unit: "count",
      measure: "live",
      metric: "internship_slots_posted",
      metricParams: { membersOnly: true },
    },
    {
      ...base,
      id: ids.firstContact,
      title: text("first-contact").title,
      why: text("first-contact").why,
      level: "micro",
      baseline: 60,
      target: 90,
      deadline: `${year + 1}-12-31`,
      unit: "percent",
      measure: "manual",
      metric: null,
      metricParams: {},
    },
  ] satisfies (typeof councilGoals.$inferInsert)[]);

  // Bergen kommune reports the manual goal about two weeks after each quarter ends.
  await insertAll(
    tx,
    councilGoalReports,
    FIRST_CONTACT_REPORTS.map((r, i) => {
      const reportedFor = quarter(anchor, 8, i, true);
      const offset = Math.min(Math.round((utcDay(reportedFor).getTime() - anchor.getTime()) / 86_400_000) + 14, -1);
      return {
        id: stableId(`goal:bergen-first-contact:report:${i + 1}`),
        goalId: ids.firstContact,
        reportedFor,
        value: r.value,
        note: r.note,
        reportedBy: RAGNHILD,
        organizationId: org("bergen-kommune"),
        createdAt: osloAt(clock, offset, "10:00"),
      };
    }),
  );

  const goalIds: Record<string, string> = {
    "work-education": ids.workOrEducation,
    "member-slots": ids.memberSlots,
    "first-contact": ids.firstContact,
  };
  const updatedBy: Record<string, string> = {
    "bergen-kommune": RAGNHILD,
    "bergen-naering": MARIT,
    "nav-bergen": EIRIK,
  };
  await insertAll(
    tx,
    councilCommitments,
    GOAL_TEXTS.flatMap((g) =>
      g.commitments.map((c, i) => {
        const at = osloAt(clock, -300 + 90 * i, "12:00");
        const delivered = c.status === "delivered" ? osloAt(clock, -150 + 30 * i, "12:00") : null;
        return {
          id: stableId(`goal:bergen-${g.key}:commitment:${c.org}`),
          goalId: goalIds[g.key],
          organizationId: org(c.org),
          kind: c.kind,
          amount: c.amount,
          description: c.description,
          status: c.status,
          deliveredAt: delivered,
          updatedBy: updatedBy[c.org] ?? MARIT,
          createdAt: at,
          updatedAt: delivered ?? at,
        };
      }),
    ),
  );
}

export async function seedCouncil(tx: Tx, anchor: Date): Promise<void> {
  const clock = new SeedClock(anchor);
  const founded = osloAt(clock, -800, "10:00");
  await insertAll(tx, councils, [
    {
      id: COUNCIL,
      name: COUNCIL_NAME,
      city: "Bergen",
      cities: ["Bergen"],
      chairId: org(COUNCIL_CHAIR),
      secretariatId: org(COUNCIL_SECRETARIAT),
      createdAt: founded,
    },
  ]);
  await insertAll(
    tx,
    councilMembers,
    COUNCIL_MEMBERS.map((key) => ({
      id: stableId(`council:bergen:member:${key}`),
      councilId: COUNCIL,
      organizationId: org(key),
      memberSince: founded,
    })),
  );
  await insertAll(
    tx,
    councilRepresentatives,
    REPRESENTATIVES.map((r) => ({
      id: repId(r.email),
      councilId: COUNCIL,
      organizationId: org(r.org),
      userId: r.user ? user(r.email) : null,
      name: r.name,
      email: r.email,
      title: r.title,
      createdAt: founded,
    })),
  );
  await seedMeetings(tx, clock);
  await seedGoals(tx, clock, anchor);
  await seedVestlandCouncil(tx, anchor);
}
