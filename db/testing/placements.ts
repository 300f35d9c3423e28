// Shared set-up for the placement data tests (and any test that needs a slot of its own): a slot
// the tests do not share with the demo data, and demo participants with or without consent to share.
import { and, asc, eq, isNull, notExists, sql } from "drizzle-orm";
import type { Db } from "../index";
import { consents, participants, placements, slots } from "../schema";
import type { PlacementStage } from "../schema/pipeline";
import { stableId } from "../seed/ids";

export const EMAILS = {
  jonas: "jonas.kvamsdal@bergen.kommune.example",
  leyla: "leyla.brattebo@bergen.kommune.example",
  ragnhild: "ragnhild.fossdal@bergen.kommune.example",
  henrik: "henrik.byasveen@trondheim.kommune.example",
  torstein: "torstein@fjordkanten-bygg.example",
  ola: "ola@nidelva-bygg.example",
} as const;

let slotCounter = 0;

export async function insertSlot(
  db: Db,
  opts: {
    employer?: string;
    positions?: number;
    status?: "open" | "draft" | "filled";
    kind?: "internship" | "job";
  } = {},
): Promise<string> {
  const [row] = await db
    .insert(slots)
    .values({
      employerId: stableId(`org:${opts.employer ?? "bergen-employer-1"}`),
      kind: opts.kind ?? "internship",
      title: `Testplass ${++slotCounter}`,
      description: "Bære materialer og rydde på byggeplass.",
      iscoCode: "9313",
      positions: opts.positions ?? 1,
      startsOn: "2030-01-07",
      endsOn: "2030-04-05",
      hoursPerWeek: 30,
      mentorName: "Kari Mentor",
      supportSchemes: ["nav_work_training"],
      status: opts.status ?? "open",
    })
    .returning({ id: slots.id });
  return row.id;
}

const consentInForce = (scope: "share_employers" | "contact_email") =>
  sql`exists (select 1 from ${consents} c where c.participant_id = ${participants.id} and c.scope = ${scope} and c.withdrawn_at is null)`;

/** Active participants of a municipality with (or without) consent to share with employers. */
export async function participantsOf(
  db: Db,
  city: "bergen" | "trondheim",
  withConsent = true,
  assignedEmail?: string,
): Promise<string[]> {
  const rows = await db
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.municipalityId, stableId(`org:${city}-kommune`)),
        eq(participants.status, "enrolled"),
        isNull(participants.anonymizedAt),
        assignedEmail ? eq(participants.assignedTo, stableId(`user:${assignedEmail}`)) : undefined,
        withConsent ? consentInForce("share_employers") : sql`not ${consentInForce("share_employers")}`,
        // Demo placements of the seed must not collide with the test's own.
        notExists(
          db.select({ id: placements.id }).from(placements).where(eq(placements.participantId, participants.id)),
        ),
      ),
    )
    .orderBy(asc(participants.id));
  return rows.map((r) => r.id);
}

/** A placement put straight into a stage, for tests that start in the middle of the line. */
export async function insertPlacement(
  db: Db,
  slotId: string,
  participantId: string,
  stage: PlacementStage,
  createdByEmail: string = EMAILS.jonas,
): Promise<string> {
  const [slot] = await db.select({ employerId: slots.employerId }).from(slots).where(eq(slots.id, slotId));
  const [p] = await db
    .select({ municipalityId: participants.municipalityId })
    .from(participants)
    .where(eq(participants.id, participantId));
  const [row] = await db
    .insert(placements)
    .values({
      slotId,
      participantId,
      municipalityId: p.municipalityId,
      employerId: slot.employerId,
      stage,
      createdBy: stableId(`user:${createdByEmail}`),
    })
    .returning({ id: placements.id });
  return row.id;
}
