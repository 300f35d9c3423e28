import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { rowsOf } from "@/db/rows";
import { auditLog } from "@/db/schema";
import type { Cefr } from "@/db/schema/participants";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { AUDIENCE_CONSENT, consentInForceSql } from "@/lib/privacy/visibility";
import { getSlot } from "@/lib/slots/data";
import { osloDate } from "@/lib/time/oslo";
import { mayMatchSlot } from "../access";
import {
  CREDITED_PREFIX,
  EXPERIENCE_FIT,
  exclusion,
  MATCH_WEIGHTS,
  MIN_HOURS_SHARE,
  rankParticipantsForSlot,
  type Match,
  type MatchParticipant,
  type MatchSlot,
} from "../rules";
import { distanceFit, PREFILTER_LIMIT, rankFit, requireStaff, subMajorOf } from "./sql";

export interface ParticipantMatchItem extends MatchParticipant {
  firstName: string;
  lastName: string;
}

/** Ranked participants of the caller's municipality for an open slot of an employer in the city. */
export async function matchesForSlot(
  ctx: Ctx,
  slotId: string,
  limit = 20,
  now = new Date(),
): Promise<{
  slot: MatchSlot & { title: string };
  matches: Match<ParticipantMatchItem>[];
  /** Candidates left out only because their programme ends before they could start in the slot. */
  endsBeforeStart: number;
}> {
  requireStaff(ctx);
  const slot = await getSlot(ctx, slotId);
  if (!mayMatchSlot(ctx.membership.role, slot)) throw new NotFoundError("slot");
  const today = osloDate(now);
  const db = await getDb();
  const isco = slot.iscoCode;
  const subMajor = isco.slice(0, CREDITED_PREFIX);
  const wishFit = sql`${distanceFit(sql`w.isco_code`, isco)} * ${rankFit(sql`w.rank`)}`;
  const experienceFit = sql`${distanceFit(sql`e.isco_code`, isco)} * ${EXPERIENCE_FIT}::float8`;
  const norwegian = slot.norwegianRequired
    ? sql`(case when cand.norwegian_speaking >= ${slot.norwegianRequired}::cefr_level then ${MATCH_WEIGHTS.norwegian}::int else 0 end)`
    : sql`${MATCH_WEIGHTS.norwegian}::int`;
  const area = slot.area
    ? sql`(case when lower(cand.area) = lower(${slot.area}) then ${MATCH_WEIGHTS.area}::int else 0 end)`
    : sql`0`;
  const rows = rowsOf<{
    id: string;
    first_name: string;
    last_name: string;
    norwegian_speaking: Cefr | null;
    driving_licence: boolean;
    area: string | null;
    hours_per_week: number | null;
    available_from: string | null;
    programme_end: string;
    wishes: string[] | null;
    experience: { iscoCode: string; years: number }[] | null;
  }>(
    // Occupation first: only wishes and experience in the slot's sub-major group (an index on the
    // group) are joined to the municipality's participants, and the consent and placement checks
    // then run for those few candidates, not for the whole caseload.
    await db.execute(sql`
    with candidates as materialized (
      select p.id, p.first_name, p.last_name, p.norwegian_speaking, p.driving_licence, p.area, p.hours_per_week,
        p.available_from, p.programme_end, max(x.fit) as fit
      from participants p
      join (
        select w.participant_id, ${wishFit} as fit from participant_wishes w where ${subMajorOf(sql`w.isco_code`)} = ${subMajor}
        union all
        select e.participant_id, ${experienceFit} from participant_experience e where ${subMajorOf(sql`e.isco_code`)} = ${subMajor}
      ) x on x.participant_id = p.id
      where p.municipality_id = ${ctx.membership.organizationId} and p.status = 'enrolled' and p.anonymized_at is null
        and p.programme_end >= ${today}::date
        ${slot.requiresDrivingLicence ? sql`and p.driving_licence` : sql``}
        ${slot.endsOn ? sql`and (p.available_from is null or p.available_from <= ${slot.endsOn}::date)` : sql``}
        and (p.hours_per_week is null or p.hours_per_week >= ${slot.hoursPerWeek * MIN_HOURS_SHARE}::float8)
      group by p.id
    )
    select cand.id, cand.first_name, cand.last_name, cand.norwegian_speaking, cand.driving_licence, cand.area, cand.hours_per_week,
      cand.available_from::text as available_from, cand.programme_end::text as programme_end,
      (select array_agg(w.isco_code order by w.rank) from participant_wishes w where w.participant_id = cand.id) as wishes,
      (select json_agg(json_build_object('iscoCode', e.isco_code, 'years', e.years)) from participant_experience e where e.participant_id = cand.id) as experience
    from candidates cand
    -- The employer audience's predicate (lib/privacy/visibility.ts): nobody is shown for a slot without it.
    -- Its subquery names consents c, so the candidates are cand.
    where ${consentInForceSql(sql`cand.id`, AUDIENCE_CONSENT.employer)}
      and not exists (select 1 from placements pl where pl.participant_id = cand.id and pl.stage = 'active')
    order by cand.fit * ${MATCH_WEIGHTS.occupation}::float8 + ${norwegian} + ${area} desc, cand.id
    limit ${PREFILTER_LIMIT}`),
  );
  const candidates: ParticipantMatchItem[] = rows.map((r) => ({
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    wishes: r.wishes ?? [],
    experience: r.experience ?? [],
    norwegianSpeaking: r.norwegian_speaking,
    drivingLicence: r.driving_licence,
    area: r.area,
    hoursPerWeek: r.hours_per_week,
    availableFrom: r.available_from,
    programmeEnd: r.programme_end,
    hasConsent: true,
    inActivePlacement: false,
  }));
  const matches = rankParticipantsForSlot(slot, candidates, today).slice(0, limit);
  // Each participant whose wishes and levels were shown gets a line in their audit trail, in one statement.
  if (matches.length > 0) {
    await db.insert(auditLog).values(
      matches.map((m) => ({
        municipalityId: ctx.membership.organizationId,
        participantId: m.item.id,
        userId: ctx.userId,
        action: "participant.read",
        details: { view: "slotMatches", slotId },
      })),
    );
  }
  // A programme that ends before the slot starts is a hard stop, not a warning: counted, not listed.
  const endsBeforeStart = candidates.filter((p) => exclusion(slot, p, today) === "programmeEndsBeforeStart").length;
  return { slot: { ...slot, title: slot.title }, matches, endsBeforeStart };
}
