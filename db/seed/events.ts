// Demo events: a past and an upcoming career fair in Bergen, a breakfast meeting in Trondheim
// and a draft info meeting, with member contacts and an invitation campaign. Deterministic for
// the anchor day and idempotent: stable ids and "on conflict do nothing". Participants, consents,
// slots and jobs are read from the database (the earlier seeds ran first), never guessed.
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../index";
import {
  agreements,
  associationMembers,
  consents,
  eventCohosts,
  events,
  fairCandidates,
  fairInterviews,
  fairLeads,
  fairStandSlots,
  fairStands,
  fairWishes,
  followUps,
  invitationCampaigns,
  invitationRecipients,
  participantLanguages,
  participantWishes,
  participants,
  placementEvents,
  placements,
  slots,
  workPeriods,
} from "../schema";
import { between, prng, SeedClock } from "./caseload-data";
import { employers, people } from "./data";
import {
  buildAftermath,
  buildSchedule,
  buildWishes,
  participantCandidate,
  publicCandidate,
  type CandidateRow,
  type SeedFairParticipant,
  type SeedHire,
  type SeedStand,
} from "./events-fair";
import {
  EVENT_IDS,
  NO_LEAD_PARTICIPANT_KEY,
  PAST_TABLES,
  UPCOMING_STANDS,
  awayFromHolidays,
  onWeekday,
  osloAt,
} from "./events-data";
import { stableId } from "./ids";

const org = (key: string) => stableId(`org:${key}`);
const user = (email: string) => stableId(`user:${email}`);
const MARIT = user("marit@naeringsforum-bergen.example");
const INGVILD = user("ingvild@naeringsforum-trondheim.example");
const JONAS = user("jonas.kvamsdal@bergen.kommune.example");
const PAST_TITLE = "Internasjonalt karrieretorg";
const BERGEN = employers.filter((e) => e.city === "Bergen");
/** An employer's own person (the demo account for employer 1). */
const employerPerson = (key: string) => people.find((p) => p.org === key && p.role === "employer") ?? null;

async function insertAll(tx: Tx, table: Parameters<Tx["insert"]>[0], rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 400)
    await tx
      .insert(table)
      .values(rows.slice(i, i + 400) as never)
      .onConflictDoNothing();
}

/** Where members receive invitations: the company's own person with an account. One statement for all. */
async function seedMemberContacts(tx: Tx): Promise<void> {
  const values = employers.flatMap((e) => {
    const person = employerPerson(e.key);
    return person ? [sql`(${org(e.key)}::uuid, ${person.name}, ${person.email})`] : [];
  });
  await tx.execute(sql`update ${associationMembers} as am set contact_name = v.name, contact_email = v.email
    from (values ${sql.join(values, sql`, `)}) as v(employer_id, name, email) where am.employer_id = v.employer_id`);
}

function standsOf(
  eventKey: string,
  eventId: string,
  picks: [number, number][],
  bergenSlots: (typeof slots.$inferSelect)[],
  created: Date,
) {
  const stands: SeedStand[] = [];
  const rows: (typeof fairStands.$inferInsert)[] = [];
  const links: (typeof fairStandSlots.$inferInsert)[] = [];
  picks.forEach(([index, tables], n) => {
    const e = BERGEN[index];
    const employerId = org(e.key);
    const own = bergenSlots.filter((s) => s.employerId === employerId);
    const person = employerPerson(e.key);
    const stand: SeedStand = {
      id: stableId(`${eventKey}:stand:${e.key}`),
      employerId,
      employerName: e.name,
      tables,
      occupations: [...new Set(own.map((s) => s.iscoCode))],
      createdAt: created,
      userId: person ? user(person.email) : null,
    };
    stands.push(stand);
    rows.push({
      id: stand.id,
      eventId,
      employerId,
      representatives: tables + (n % 2),
      occupations: stand.occupations,
      tables,
      standNumber: String(n + 1),
      status: "registered",
      registeredBy: stand.userId ?? MARIT,
      createdAt: created,
      updatedAt: created,
    });
    const first = own.find((s) => s.id === stableId(`slot:${e.key}:1`));
    if (first && n % 3 !== 2) links.push({ standId: stand.id, slotId: first.id });
  });
  return { stands, rows, links };
}

/**
 * Bergen participants in the programme on the fair day whose consent to be shown to exhibitors was
 * given before registration opened (the earliest day staff register them) and is still in force.
 */
async function fairParticipants(
  tx: Tx,
  clock: SeedClock,
  day: number,
): Promise<(SeedFairParticipant & { externalId: string })[]> {
  const rows = await tx
    .select()
    .from(participants)
    .where(
      and(
        eq(participants.municipalityId, org("bergen-kommune")),
        isNull(participants.anonymizedAt),
        sql`${participants.assignedTo} is not null`,
        sql`${participants.programmeStart} <= ${clock.date(day)} and ${participants.programmeEnd} >= ${clock.date(day)}`,
        sql`exists (select 1 from ${consents} c where c.participant_id = ${participants.id} and c.scope = 'share_fair_exhibitors'
          and c.withdrawn_at is null and c.given_on <= ${clock.date(day - 40)})`,
      ),
    )
    .orderBy(asc(participants.externalId));
  const ids = rows.map((p) => p.id);
  if (ids.length === 0) return [];
  const wishes = await tx
    .select()
    .from(participantWishes)
    .where(inArray(participantWishes.participantId, ids))
    .orderBy(asc(participantWishes.rank));
  const english = await tx
    .select()
    .from(participantLanguages)
    .where(and(inArray(participantLanguages.participantId, ids), eq(participantLanguages.language, "en")));
  return rows.map((p) => ({
    id: p.id,
    externalId: p.externalId ?? "",
    municipalityId: p.municipalityId,
    registeredBy: p.assignedTo!,
    name: `${p.firstName} ${p.lastName}`,
    educationLevel: p.educationLevel,
    educationField: p.educationField,
    occupations: wishes.filter((w) => w.participantId === p.id).map((w) => w.iscoCode),
    norwegianLevel: p.norwegianSpeaking,
    englishLevel: english.find((l) => l.participantId === p.id)?.level ?? null,
    country: p.countryOfOrigin,
  }));
}

/**
 * Two participants who got a job at an exhibitor after the fair: those whose seeded job started
 * at least two months after it (with consent to share with employers), so the job and the lead agree.
 */
async function findHires(
  tx: Tx,
  day: number,
  clock: SeedClock,
  candidates: string[],
  exclude: string | null,
  stands: SeedStand[],
  bergenSlots: (typeof slots.$inferSelect)[],
): Promise<SeedHire[]> {
  if (candidates.length === 0) return [];
  const jobs = await tx
    .select({
      participantId: workPeriods.participantId,
      employerId: workPeriods.employerId,
      startsOn: workPeriods.startsOn,
    })
    .from(workPeriods)
    .where(
      and(
        eq(workPeriods.kind, "job"),
        gt(workPeriods.startsOn, clock.date(day + 60)),
        inArray(workPeriods.participantId, candidates),
        sql`exists (select 1 from ${consents} c where c.participant_id = ${workPeriods.participantId} and c.scope = 'share_employers' and c.withdrawn_at is null)`,
      ),
    )
    .orderBy(asc(workPeriods.startsOn), asc(workPeriods.participantId));
  const hires: SeedHire[] = [];
  for (const job of jobs) {
    const stand = stands.find((s) => s.employerId === job.employerId);
    if (
      !stand ||
      job.participantId === exclude ||
      hires.some((h) => h.participantId === job.participantId || h.standId === stand.id)
    )
      continue;
    const own = bergenSlots.filter((s) => s.employerId === job.employerId);
    const slot = own.find((s) => s.kind === "internship") ?? own[0];
    if (!slot) continue;
    hires.push({
      participantId: job.participantId,
      standId: stand.id,
      slot,
      hiredDay: Math.round((Date.parse(job.startsOn) - clock.anchor.getTime()) / 86_400_000),
    });
    if (hires.length === 2) break;
  }
  return hires;
}

/** 85 % came (the 15 % with the lowest draw stayed away); walk-ins came without registering first. */
function checkIn(clock: SeedClock, day: number, candidates: CandidateRow[], mustCome: Set<string>): void {
  const expected = candidates.filter((c) => c.status === "registered" && !c.walkIn);
  const draws = new Map(expected.map((c) => [c.id, prng(`${c.id}:no-show`)()]));
  const away = new Set(
    expected
      .filter((c) => !mustCome.has(c.id))
      .sort((a, b) => draws.get(a.id)! - draws.get(b.id)!)
      .slice(0, Math.round(expected.length * 0.15))
      .map((c) => c.id),
  );
  for (const c of candidates) {
    if (c.status !== "registered") continue;
    const r = prng(`${c.id}:check-in`);
    const came = !away.has(c.id);
    c.checkedInAt = !came
      ? null
      : c.walkIn
        ? c.registeredAt
        : osloAt(clock, day, `${between(r, 9, 11)}:${between(r, 0, 59)}`);
    c.noShow = !came;
  }
}

export async function seedEvents(tx: Tx, anchor: Date): Promise<void> {
  const clock = new SeedClock(anchor);
  await seedMemberContacts(tx);
  const bergenSlots = await tx
    .select()
    .from(slots)
    .where(
      inArray(
        slots.employerId,
        BERGEN.map((e) => org(e.key)),
      ),
    )
    .orderBy(asc(slots.id));

  const past = onWeekday(clock, -243, 4);
  const upcoming = awayFromHolidays(clock, onWeekday(clock, 33, 4));
  const breakfast = onWeekday(clock, 19, 3);
  const draft = onWeekday(clock, 50, 2);
  const bergen = org("bergen-naering");
  await insertAll(tx, events, [
    {
      id: EVENT_IDS.bergenPast,
      associationId: bergen,
      kind: "career_fair",
      title: PAST_TITLE,
      description:
        "Møt arbeidsgivere i Bergen som trenger fagarbeidere og folk med høyere utdanning. Ta med CV, og meld deg på hurtigintervjuer.",
      startsAt: osloAt(clock, past, "10:00"),
      endsAt: osloAt(clock, past, "15:00"),
      venue: "Vågsbunnen konferansesenter, Bergen",
      capacity: 150,
      standCapacity: 20,
      registrationOpensAt: osloAt(clock, past - 42, "09:00"),
      registrationClosesAt: osloAt(clock, past - 7, "23:59"),
      interviewStartsAt: osloAt(clock, past, "10:30"),
      interviewMinutes: 15,
      interviewRounds: 12,
      schedulePublishedAt: osloAt(clock, past - 3, "14:00"),
      status: "completed",
      createdBy: MARIT,
      createdAt: clock.at(past - 60, 9),
      updatedAt: clock.at(past + 1, 9),
    },
    {
      id: EVENT_IDS.bergenUpcoming,
      associationId: bergen,
      kind: "career_fair",
      title: "Karrieretorg for fagarbeidere og akademikere",
      description:
        "For deg med fagbrev, bachelor, master eller doktorgrad. Møt bedrifter som rekrutterer, og ønsk deg hurtigintervjuer med dem du vil snakke med.",
      startsAt: osloAt(clock, upcoming, "09:30"),
      endsAt: osloAt(clock, upcoming, "15:00"),
      venue: "Vågsbunnen konferansesenter, Bergen",
      capacity: 150,
      standCapacity: 20,
      registrationOpensAt: osloAt(clock, -14, "09:00"),
      registrationClosesAt: osloAt(clock, upcoming - 7, "23:59"),
      minEducation: "vocational",
      interviewStartsAt: osloAt(clock, upcoming, "10:00"),
      interviewMinutes: 15,
      interviewRounds: 12,
      status: "published",
      createdBy: MARIT,
      createdAt: clock.at(-30, 9),
      updatedAt: clock.at(-14, 9),
    },
    {
      id: EVENT_IDS.trondheimBreakfast,
      associationId: org("trondheim-naering"),
      kind: "breakfast_meeting",
      title: "Frokostmøte: Slik lykkes dere med språkpraksis",
      description:
        "Erfaringer fra bedrifter som har tatt imot deltakere i språkpraksis, og hvordan kommunen og NAV hjelper til.",
      startsAt: osloAt(clock, breakfast, "08:00"),
      endsAt: osloAt(clock, breakfast, "09:30"),
      venue: "Bakklandet Kafé, Øvre Bakklandet 12, Trondheim",
      capacity: 40,
      registrationOpensAt: osloAt(clock, -10, "09:00"),
      registrationClosesAt: osloAt(clock, breakfast - 2, "12:00"),
      status: "published",
      createdBy: INGVILD,
      createdAt: clock.at(-12, 9),
      updatedAt: clock.at(-10, 9),
    },
    {
      id: EVENT_IDS.bergenDraft,
      associationId: bergen,
      kind: "info_meeting",
      title: "Informasjonsmøte: Praksisplass i din bedrift",
      description: "Hva en praksisplass er, hvem som følger opp, og hvilke støtteordninger bedriften kan få.",
      startsAt: osloAt(clock, draft, "12:00"),
      endsAt: osloAt(clock, draft, "13:00"),
      venue: "Næringsforum Bergen, Kaigaten 4",
      capacity: 60,
      status: "draft",
      createdBy: MARIT,
      createdAt: clock.at(-2, 9),
      updatedAt: clock.at(-2, 9),
    },
  ]);
  await insertAll(tx, eventCohosts, [
    ...[EVENT_IDS.bergenPast, EVENT_IDS.bergenUpcoming].flatMap((eventId) =>
      ["bergen-kommune", "nav-bergen"].map((k) => ({ eventId, organizationId: org(k) })),
    ),
    ...["trondheim-kommune", "nav-trondheim"].map((k) => ({
      eventId: EVENT_IDS.trondheimBreakfast,
      organizationId: org(k),
    })),
  ]);

  await seedPastFair(tx, clock, past, bergenSlots);
  await seedUpcomingFair(tx, clock, upcoming, bergenSlots);

  // A few public attendees for the breakfast meeting.
  const key = "event:trondheim-breakfast";
  await insertAll(
    tx,
    fairCandidates,
    Array.from({ length: 6 }, (_, n) =>
      publicCandidate(
        key,
        EVENT_IDS.trondheimBreakfast,
        n,
        140 + n,
        osloAt(clock, -between(prng(`${key}:${n}`), 1, 9), "13:15"),
        { atLeastVocational: false },
      ),
    ),
  );
}

async function seedPastFair(
  tx: Tx,
  clock: SeedClock,
  day: number,
  bergenSlots: (typeof slots.$inferSelect)[],
): Promise<void> {
  const key = "event:bergen-fair-past";
  const eventId = EVENT_IDS.bergenPast;
  const { stands, rows, links } = standsOf(
    key,
    eventId,
    PAST_TABLES.map((t, i) => [i, t]),
    bergenSlots,
    clock.at(day - 30, 10),
  );
  await insertAll(tx, fairStands, rows);
  await insertAll(tx, fairStandSlots, links);

  const registered = (r: () => number) =>
    osloAt(clock, day - between(r, 8, 40), `${between(r, 8, 21)}:${String(between(r, 0, 59)).padStart(2, "0")}`);
  const candidates: CandidateRow[] = Array.from({ length: 100 }, (_, n) => {
    const r = prng(`${key}:registered:${n}`);
    const walkIn = n >= 96;
    const c = publicCandidate(key, eventId, n, n, walkIn ? osloAt(clock, day, `11:${10 + n - 96}`) : registered(r), {
      atLeastVocational: false,
    });
    if (walkIn) c.walkIn = true;
    if ([5, 37, 71].includes(n))
      Object.assign(c, { status: "cancelled", updatedAt: new Date(c.registeredAt!.getTime() + 3 * 86_400_000) });
    return c;
  });
  const people = await fairParticipants(tx, clock, day);
  const mine = people.filter((p) => p.registeredBy === JONAS);
  const noLeadParticipant = mine.find((p) => p.id === stableId(NO_LEAD_PARTICIPANT_KEY)) ?? mine[0] ?? null;
  for (const p of people)
    candidates.push(participantCandidate(key, eventId, p, registered(prng(`${key}:registered:${p.id}`))));
  const candidateOf = (participantId: string) => candidates.find((c) => c.participantId === participantId)!;

  const hires = await findHires(
    tx,
    day,
    clock,
    people.map((p) => p.id),
    noLeadParticipant?.id ?? null,
    stands,
    bergenSlots,
  );
  const forced = new Map<string, string>(hires.map((h) => [candidateOf(h.participantId).id, h.standId]));
  const noLead = noLeadParticipant
    ? { candidateId: candidateOf(noLeadParticipant.id).id, standId: stands[0].id }
    : null;
  if (noLead) forced.set(noLead.candidateId, noLead.standId);
  checkIn(clock, day, candidates, new Set(forced.keys()));

  const scheduled = candidates.filter((c) => c.status === "registered" && !c.walkIn);
  const wishes = buildWishes(key, eventId, scheduled, stands, forced);
  const interviews = buildSchedule(key, eventId, wishes, stands, 12, forced, osloAt(clock, day - 4, "11:00"));
  const after = buildAftermath(key, eventId, PAST_TITLE, clock, day, candidates, interviews, stands, noLead, hires);

  await insertAll(tx, fairCandidates, candidates);
  await insertAll(tx, fairWishes, wishes);
  await insertAll(tx, fairInterviews, interviews);
  await insertAll(tx, followUps, after.followUps);
  await insertAll(tx, placements, after.placements);
  await insertAll(tx, placementEvents, after.placementEvents);
  await insertAll(tx, agreements, after.agreements);
  await insertAll(tx, fairLeads, after.leads);
}

async function seedUpcomingFair(
  tx: Tx,
  clock: SeedClock,
  day: number,
  bergenSlots: (typeof slots.$inferSelect)[],
): Promise<void> {
  const key = "event:bergen-fair-upcoming";
  const eventId = EVENT_IDS.bergenUpcoming;
  const standsAt = osloAt(clock, -9, "10:00");
  const { stands, rows, links } = standsOf(key, eventId, UPCOMING_STANDS, bergenSlots, standsAt);
  await insertAll(tx, fairStands, rows);
  await insertAll(tx, fairStandSlots, links);
  const candidates = Array.from({ length: 40 }, (_, n) => {
    const r = prng(`${key}:registered:${n}`);
    return publicCandidate(
      key,
      eventId,
      n,
      100 + n,
      osloAt(clock, -between(r, 1, 13), `${between(r, 8, 21)}:${String(between(r, 0, 59)).padStart(2, "0")}`),
      { atLeastVocational: true },
    );
  });
  await insertAll(tx, fairCandidates, candidates);
  await insertAll(tx, fairWishes, buildWishes(key, eventId, candidates, stands, new Map()));

  // One invitation campaign to the members, sent ten days ago: some registered a stand, one declined.
  const campaignId = stableId(`${key}:campaign:1`);
  const sentAt = osloAt(clock, -10, "08:30");
  await insertAll(tx, invitationCampaigns, [
    {
      id: campaignId,
      eventId,
      subject: "Invitasjon: Karrieretorg for fagarbeidere og akademikere",
      body: "Hei!\n\nVi inviterer medlemsbedriftene våre til karrieretorg. Her møter dere kandidater med fagbrev eller høyere utdanning, og kan ha hurtigintervjuer med dem dere vil snakke med.\n\nMeld på stand via lenken nedenfor.",
      createdBy: MARIT,
      sentAt,
      createdAt: clock.at(-11, 9),
    },
  ]);
  const members = await tx
    .select({ employerId: associationMembers.employerId, email: associationMembers.contactEmail })
    .from(associationMembers)
    .where(eq(associationMembers.associationId, org("bergen-naering")))
    .orderBy(asc(associationMembers.id));
  await insertAll(
    tx,
    invitationRecipients,
    members
      .filter((m) => m.email)
      .map((m, i) => {
        const id = stableId(`${campaignId}:recipient:${m.employerId}`);
        const status = stands.some((s) => s.employerId === m.employerId)
          ? "registered"
          : i % 3 === 0
            ? "declined"
            : "sent";
        return {
          id,
          campaignId,
          employerId: m.employerId,
          email: m.email!,
          status,
          sendCount: 1,
          lastSentAt: sentAt,
          // Members with a stand answered by registering it; the others who answered declined.
          respondedAt:
            status === "sent"
              ? null
              : status === "registered"
                ? standsAt
                : osloAt(clock, -between(prng(id), 1, 8), "10:15"),
        };
      }),
  );
}
