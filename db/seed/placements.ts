// Demo placements: in each city, proposals in every stage, agreements being confirmed, active
// placements on filled slots and completed ones with each outcome on closed slots. Only for
// participants whose consent to share with employers is in force. Deterministic for the anchor
// day and idempotent: stable ids and "on conflict do nothing". Slots are read from the database
// (seedSlots ran first), never guessed.
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../index";
import { agreements, consents, organizations, participants, placementEvents, placements, slots } from "../schema";
import type { PlacementOutcome, PlacementStage } from "../schema/pipeline";
import { SeedClock } from "./caseload-data";
import { CITIES } from "./data";
import { stableId } from "./ids";

type City = (typeof CITIES)[number];
type SeedSlot = {
  id: string;
  employerId: string;
  positions: number;
  status: string;
  description: string;
  mentorName: string | null;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number;
  supportSchemes: string[];
};

interface Plan {
  stage: PlacementStage;
  slot: SeedSlot;
  /** Day (relative to the anchor) of the proposal; later steps follow a few days apart. */
  day: number;
  outcome?: PlacementOutcome;
  reason?: string;
}

const LINE: PlacementStage[] = ["proposed", "employer_interested", "interview", "agreement", "active", "completed"];
/** The steps walked to reach a stage: the main line up to it, or up to where it closed. */
function path(stage: PlacementStage): PlacementStage[] {
  if (stage === "suggested") return ["suggested"];
  if (stage === "declined_by_employer") return ["proposed", "declined_by_employer"];
  if (stage === "declined_by_participant")
    return ["proposed", "employer_interested", "interview", "declined_by_participant"];
  if (stage === "withdrawn") return ["proposed", "employer_interested", "withdrawn"];
  return LINE.slice(0, LINE.indexOf(stage) + 1);
}

/** Torstein's second slot is left without demo candidates: the end-to-end journey proposes there. */
export const UNTOUCHED_SLOTS = [stableId("slot:bergen-employer-1:2")];

async function citySlots(tx: Tx, city: City, status: "open" | "filled" | "closed"): Promise<SeedSlot[]> {
  const rows = await tx
    .select({
      id: slots.id,
      employerId: slots.employerId,
      positions: slots.positions,
      status: slots.status,
      description: slots.description,
      mentorName: slots.mentorName,
      startsOn: slots.startsOn,
      endsOn: slots.endsOn,
      hoursPerWeek: slots.hoursPerWeek,
      supportSchemes: slots.supportSchemes,
    })
    .from(slots)
    .innerJoin(organizations, eq(organizations.id, slots.employerId))
    .where(and(eq(organizations.city, city), eq(slots.status, status)))
    .orderBy(asc(organizations.name), asc(slots.id));
  // The demo employer's slots first, so the demo account has candidates to answer.
  const demoEmployer = stableId(`org:${city.toLowerCase()}-employer-1`);
  return [
    ...rows.filter((s) => s.employerId === demoEmployer),
    ...rows.filter((s) => s.employerId !== demoEmployer),
  ].filter((s) => !UNTOUCHED_SLOTS.includes(s.id));
}

/** Enrolled participants with consent to share in force; the demo consultant's own first. */
async function consentedParticipants(tx: Tx, city: City) {
  const demoConsultant = stableId(
    `user:${city === "Bergen" ? "jonas.kvamsdal@bergen.kommune.example" : "henrik.byasveen@trondheim.kommune.example"}`,
  );
  const rows = await tx
    .select({ id: participants.id, assignedTo: participants.assignedTo })
    .from(participants)
    .where(
      and(
        eq(participants.municipalityId, stableId(`org:${city.toLowerCase()}-kommune`)),
        eq(participants.status, "enrolled"),
        isNull(participants.anonymizedAt),
        sql`${participants.assignedTo} is not null`,
        sql`exists (select 1 from ${consents} c where c.participant_id = ${participants.id} and c.scope = 'share_employers' and c.withdrawn_at is null)`,
      ),
    )
    .orderBy(asc(participants.id));
  return [
    ...rows.filter((r) => r.assignedTo === demoConsultant),
    ...rows.filter((r) => r.assignedTo !== demoConsultant),
  ];
}

function planCity(open: SeedSlot[], filled: SeedSlot[], closed: SeedSlot[]): Plan[] {
  const first = open[0];
  const roomy = open.filter((s) => s.positions >= 2);
  const plans: Plan[] = [
    // The first employer (Torstein's and Ola's company) has candidates waiting for an answer.
    { stage: "proposed", slot: first, day: -3 },
    { stage: "employer_interested", slot: first, day: -12 },
    { stage: "interview", slot: open[1 % open.length], day: -16 },
    { stage: "suggested", slot: open[2 % open.length], day: -2 },
    {
      stage: "declined_by_employer",
      slot: open[3 % open.length],
      day: -30,
      reason: "Trenger mer erfaring med kunder.",
    },
    {
      stage: "declined_by_participant",
      slot: open[4 % open.length],
      day: -40,
      reason: "Arbeidstiden passer ikke med norskkurset.",
    },
    { stage: "withdrawn", slot: open[5 % open.length], day: -25 },
  ];
  // An agreement holds a position: only on a slot with room to spare, so it stays open.
  if (roomy.length > 0) plans.push({ stage: "agreement", slot: roomy[roomy.length - 1], day: -20 });
  const outcomes: PlacementOutcome[] = ["hired", "education", "extended", "ended"];
  if (closed.length > 0)
    outcomes.forEach((outcome, i) =>
      plans.push({ stage: "completed", slot: closed[i % closed.length], day: -230 - i * 5, outcome }),
    );
  // Last, as there are only so many participants with consent: ongoing placements on filled slots.
  for (const slot of filled.slice(0, 2)) plans.push({ stage: "active", slot, day: -70 });
  return plans;
}

/** Adds the demo placements. Runs inside seed()'s transaction, after the slots. */
export async function seedPlacements(tx: Tx, anchor: Date): Promise<number> {
  const clock = new SeedClock(anchor);
  const placementRows: (typeof placements.$inferInsert)[] = [];
  const eventRows: (typeof placementEvents.$inferInsert)[] = [];
  const agreementRows: (typeof agreements.$inferInsert)[] = [];
  for (const city of CITIES) {
    const open = await citySlots(tx, city, "open");
    if (open.length === 0) continue;
    const people = await consentedParticipants(tx, city);
    const plans = planCity(open, await citySlots(tx, city, "filled"), await citySlots(tx, city, "closed"));
    const municipalityId = stableId(`org:${city.toLowerCase()}-kommune`);
    plans.slice(0, people.length).forEach((plan, n) => {
      const person = people[n];
      const id = stableId(`placement:${city.toLowerCase()}:${n + 1}`);
      const steps = path(plan.stage);
      // Active and completed placements start on the slot's start day; earlier steps come before it.
      const startDay =
        plan.stage === "active" || plan.stage === "completed"
          ? Math.round((Date.parse(plan.slot.startsOn) - anchor.getTime()) / 86_400_000)
          : null;
      const dayOf = (i: number) =>
        startDay !== null && steps[i] === "active"
          ? startDay
          : startDay !== null && steps[i] === "completed"
            ? Math.min(-1, startDay + 90)
            : (startDay !== null ? startDay - 30 : plan.day) + i * 4;
      steps.forEach((to, i) => {
        eventRows.push({
          id: stableId(`${id}:event:${i}`),
          placementId: id,
          fromStage: i === 0 ? null : steps[i - 1],
          toStage: to,
          byUserId: person.assignedTo,
          note: i === steps.length - 1 ? (plan.reason ?? null) : null,
          at: clock.at(dayOf(i), 9 + i),
        });
      });
      const last = dayOf(steps.length - 1);
      placementRows.push({
        id,
        slotId: plan.slot.id,
        participantId: person.id,
        municipalityId,
        employerId: plan.slot.employerId,
        stage: plan.stage,
        outcome: plan.outcome ?? null,
        closeReason: plan.reason ?? (plan.stage === "withdrawn" ? "Deltakeren fikk tilbud om en annen plass." : null),
        interviewAt: steps.includes("interview")
          ? clock.at(plan.stage === "interview" ? 4 : dayOf(steps.indexOf("interview")) + 2, 10)
          : null,
        createdBy: person.assignedTo,
        version: steps.length,
        createdAt: clock.at(dayOf(0), 9),
        updatedAt: clock.at(last, 9 + steps.length - 1),
      });
      if (steps.includes("agreement")) {
        const done = plan.stage !== "agreement";
        const confirmedAt = clock.at(dayOf(steps.indexOf("agreement")) + 2, 14);
        agreementRows.push({
          id: stableId(`${id}:agreement`),
          placementId: id,
          tasks: plan.slot.description,
          mentorName: plan.slot.mentorName ?? "Daglig leder",
          startsOn: plan.slot.startsOn,
          endsOn: plan.slot.endsOn,
          hoursPerWeek: plan.slot.hoursPerWeek,
          followUpPlan: "Besøk på arbeidsplassen hver uke den første måneden, deretter hver måned.",
          supportScheme: (plan.slot.supportSchemes[0] as (typeof agreements.$inferInsert)["supportScheme"]) ?? null,
          municipalityContactId: person.assignedTo,
          // The agreement being made waits for the employer and the participant.
          municipalityConfirmedAt: confirmedAt,
          municipalityConfirmedBy: person.assignedTo,
          employerConfirmedAt: done ? confirmedAt : null,
          participantConfirmedAt: done ? confirmedAt : null,
          participantConfirmationMethod: done ? "signed_form" : null,
          participantConfirmationRecordedBy: done ? person.assignedTo : null,
          createdAt: clock.at(dayOf(steps.indexOf("agreement")), 12),
          updatedAt: confirmedAt,
        });
      }
    });
  }
  if (placementRows.length === 0) return 0;
  await tx.insert(placements).values(placementRows).onConflictDoNothing();
  await tx.insert(placementEvents).values(eventRows).onConflictDoNothing();
  if (agreementRows.length > 0) await tx.insert(agreements).values(agreementRows).onConflictDoNothing();
  // Employer confirmations name the employer's own person, read from the database like the slots.
  await tx.execute(sql`update ${agreements} set employer_confirmed_by = (
      select m.user_id from memberships m join ${placements} p on p.employer_id = m.organization_id
      where p.id = ${agreements.placementId} and m.role = 'employer' order by m.user_id limit 1)
    where ${agreements.employerConfirmedAt} is not null and ${agreements.employerConfirmedBy} is null
      and ${inArray(
        agreements.id,
        agreementRows.map((r) => r.id!),
      )}`);
  return placementRows.length;
}
