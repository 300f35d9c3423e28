import "server-only";
import { and, asc, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import { getDb } from "@/db";
import { contacts, followUps, memberships, municipalitySettings, participants, users, workPeriods } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";
import { maySeeSpecialist } from "./access";
import {
  FIRST_CONTACT_LOOKBACK_DAYS,
  FOLLOW_ALONG_DAYS,
  IPS,
  addDays,
  figuresFor,
  osloDay,
  type FidelityFigures,
  type FidelityInputs,
} from "./rules";

export interface SpecialistFigures {
  staffId: string;
  name: string;
  isMe: boolean;
  figures: FidelityFigures;
}

export interface FidelityView {
  /** The day the figures are for ("YYYY-MM-DD", Oslo). */
  today: string;
  caseloadTarget: number;
  /** How many job specialists the municipality has (the team). */
  teamSize: number;
  /** A job specialist sees only themselves; an admin sees everyone. */
  specialists: SpecialistFigures[];
  team: FidelityFigures | null;
}

/** The job specialists of the caller's municipality, by name. */
async function jobSpecialists(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.membership.organizationId), eq(memberships.role, "job_specialist")))
    .orderBy(asc(users.id));
  return rows.map((r) => ({ id: r.id, name: r.name ?? r.email })).sort((a, b) => a.name.localeCompare(b.name, "nb"));
}

/** Only what the five figures need, and only from the caller's municipality. */
async function loadInputs(municipalityId: string, staffIds: string[], today: string): Promise<FidelityInputs> {
  const db = await getDb();
  const since = addDays(today, -FIRST_CONTACT_LOOKBACK_DAYS);
  const ownParticipant = and(
    eq(participants.municipalityId, municipalityId),
    inArray(participants.assignedTo, staffIds),
    isNull(participants.anonymizedAt),
  );
  const [people, contactRows, jobs, steps] = await Promise.all([
    db
      .select({
        id: participants.id,
        assignedTo: participants.assignedTo,
        status: participants.status,
        enrolledAt: participants.enrolledAt,
      })
      .from(participants)
      .where(ownParticipant),
    // Employer contacts face to face: the weekly count and each participant's first one.
    db
      .select({
        participantId: contacts.participantId,
        staffId: contacts.staffId,
        kind: contacts.kind,
        faceToFace: contacts.faceToFace,
        contactDate: contacts.contactDate,
      })
      .from(contacts)
      .where(
        and(
          eq(contacts.municipalityId, municipalityId),
          eq(contacts.faceToFace, true),
          inArray(contacts.kind, ["employer", "workplace_visit"]),
          gte(contacts.contactDate, since),
          lte(contacts.contactDate, today),
        ),
      ),
    db
      .select({
        participantId: workPeriods.participantId,
        kind: workPeriods.kind,
        startsOn: workPeriods.startsOn,
        endsOn: workPeriods.endsOn,
      })
      .from(workPeriods)
      .innerJoin(participants, eq(participants.id, workPeriods.participantId))
      .where(
        and(
          ownParticipant,
          eq(workPeriods.kind, "job"),
          lte(workPeriods.startsOn, today),
          or(isNull(workPeriods.endsOn), gte(workPeriods.endsOn, today)),
        ),
      ),
    db
      .select({
        staffId: followUps.staffId,
        source: followUps.source,
        dueOn: followUps.dueOn,
        doneAt: followUps.doneAt,
      })
      .from(followUps)
      .where(
        and(
          eq(followUps.municipalityId, municipalityId),
          eq(followUps.source, "cadence"),
          inArray(followUps.staffId, staffIds),
          gte(followUps.dueOn, addDays(today, -FOLLOW_ALONG_DAYS)),
          lte(followUps.dueOn, today),
        ),
      ),
  ]);
  return { participants: people, contacts: contactRows, workPeriods: jobs, followUps: steps };
}

/**
 * The IPS fidelity panel of the caller's municipality on the day of `now`. Aggregate figures
 * only: no participant is shown, so nothing here is a read of a record for the audit log.
 */
export async function fidelityPanel(ctx: Ctx, now: Date): Promise<FidelityView> {
  const db = await getDb();
  const municipalityId = ctx.membership.organizationId;
  const today = osloDay(now);
  const [settings] = await db
    .select({ caseloadTarget: municipalitySettings.caseloadTarget })
    .from(municipalitySettings)
    .where(eq(municipalitySettings.municipalityId, municipalityId));
  const caseloadTarget = Math.min(settings?.caseloadTarget ?? IPS.caseload, IPS.caseload);
  const team = await jobSpecialists(ctx);
  if (team.length === 0) return { today, caseloadTarget, teamSize: 0, specialists: [], team: null };

  const staffIds = team.map((s) => s.id);
  const inputs = await loadInputs(municipalityId, staffIds, today);
  const shown = team.filter((s) => maySeeSpecialist({ role: ctx.membership.role, userId: ctx.userId }, s.id));
  return {
    today,
    caseloadTarget,
    teamSize: team.length,
    specialists: shown.map((s) => ({
      staffId: s.id,
      name: s.name,
      isMe: s.id === ctx.userId,
      figures: figuresFor([s.id], inputs, now, caseloadTarget),
    })),
    team: figuresFor(staffIds, inputs, now, caseloadTarget),
  };
}
