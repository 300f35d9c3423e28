import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { rowsOf } from "@/db/rows";
import type { Cefr } from "@/db/schema/participants";
import type { SlotKind } from "@/db/schema/pipeline";
import { writeAudit } from "@/lib/audit/data";
import type { Ctx } from "@/lib/auth/session";
import { requireParticipant } from "@/lib/participants/data";
import { AUDIENCE_CONSENT, consentInForceSql } from "@/lib/privacy/visibility";
import { osloDate } from "@/lib/time/oslo";
import {
  CREDITED_PREFIX,
  EXPERIENCE_FIT,
  exclusion,
  MATCH_WEIGHTS,
  MIN_HOURS_SHARE,
  WISH_RANK_FIT,
  rankSlotsForParticipant,
  type Match,
  type MatchParticipant,
  type MatchSlot,
} from "../rules";
import { distanceFit, PREFILTER_LIMIT, requireStaff } from "./sql";

export interface SlotMatchItem extends MatchSlot {
  title: string;
  kind: SlotKind;
  positions: number;
  employerId: string;
  employerName: string;
}

export type MatchBlock = "noConsent" | "activePlacement" | "notEnrolled" | "noOccupation";

/** Ranked open slots of employers in the city for one participant of the caller's municipality. */
export async function matchesForParticipant(
  ctx: Ctx,
  participantId: string,
  limit = 20,
  now = new Date(),
): Promise<{
  participant: { id: string; firstName: string; lastName: string };
  blocked: MatchBlock | null;
  matches: Match<SlotMatchItem>[];
  /** Slots left out only because they start after the participant's programme ends. */
  endsBeforeStart: number;
}> {
  requireStaff(ctx);
  const db = await getDb();
  const ref = await requireParticipant(db, ctx, participantId);
  const today = osloDate(now);
  const rows = rowsOf<{
    norwegian_speaking: Cefr | null;
    driving_licence: boolean;
    area: string | null;
    hours_per_week: number | null;
    available_from: string | null;
    programme_end: string;
    wishes: string[] | null;
    experience: { iscoCode: string; years: number }[] | null;
    has_consent: boolean;
    active_placement: boolean;
  }>(
    await db.execute(sql`
      select p.norwegian_speaking, p.driving_licence, p.area, p.hours_per_week, p.available_from::text as available_from, p.programme_end::text as programme_end,
        (select array_agg(w.isco_code order by w.rank) from participant_wishes w where w.participant_id = p.id) as wishes,
        (select json_agg(json_build_object('iscoCode', e.isco_code, 'years', e.years)) from participant_experience e where e.participant_id = p.id) as experience,
        ${consentInForceSql(sql`p.id`, AUDIENCE_CONSENT.employer)} as has_consent,
        exists (select 1 from placements pl where pl.participant_id = p.id and pl.stage = 'active') as active_placement
      from participants p where p.id = ${ref.id}`),
  );
  const r = rows[0];
  await writeAudit(db, ctx, { participantId: ref.id, action: "participant.read", details: { view: "matches" } });
  const person: MatchParticipant = {
    id: ref.id,
    wishes: r.wishes ?? [],
    experience: r.experience ?? [],
    norwegianSpeaking: r.norwegian_speaking,
    drivingLicence: r.driving_licence,
    area: r.area,
    hoursPerWeek: r.hours_per_week,
    availableFrom: r.available_from,
    programmeEnd: r.programme_end,
    hasConsent: r.has_consent,
    inActivePlacement: r.active_placement,
  };
  const result = { participant: { id: ref.id, firstName: ref.firstName, lastName: ref.lastName } };
  const blocked: MatchBlock | null =
    ref.status !== "enrolled" || person.programmeEnd < today
      ? "notEnrolled"
      : !person.hasConsent
        ? "noConsent"
        : person.inActivePlacement
          ? "activePlacement"
          : person.wishes.length + person.experience.length === 0
            ? "noOccupation"
            : null;
  if (blocked) return { ...result, blocked, matches: [], endsBeforeStart: 0 };

  // The participant's wishes and experience are known, so each slot's occupation fit is a CASE over them.
  const codes = [
    ...person.wishes.map((code, i) => ({ code, factor: WISH_RANK_FIT[i] ?? WISH_RANK_FIT[WISH_RANK_FIT.length - 1] })),
    ...person.experience.map((e) => ({ code: e.iscoCode, factor: EXPERIENCE_FIT })),
  ];
  const fits = codes.map((c) => sql`${distanceFit(sql`s.isco_code`, c.code)} * ${c.factor}::float8`);
  const fit = fits.length === 1 ? fits[0] : sql`greatest(${sql.join(fits, sql`, `)})`;
  const subMajors = [...new Set(codes.map((c) => c.code.slice(0, CREDITED_PREFIX)))];
  const startable = person.availableFrom && person.availableFrom > today ? person.availableFrom : today;
  const norwegian = person.norwegianSpeaking
    ? sql`(case when s.norwegian_required is null or s.norwegian_required <= ${person.norwegianSpeaking}::cefr_level then ${MATCH_WEIGHTS.norwegian}::int else 0 end)`
    : sql`(case when s.norwegian_required is null then ${MATCH_WEIGHTS.norwegian}::int else 0 end)`;
  const area = person.area
    ? sql`(case when lower(s.area) = lower(${person.area}) then ${MATCH_WEIGHTS.area}::int else 0 end)`
    : sql`0`;
  const slotRows = rowsOf<{
    id: string;
    title: string;
    kind: SlotKind;
    isco_code: string;
    norwegian_required: Cefr | null;
    requires_driving_licence: boolean;
    area: string | null;
    starts_on: string;
    ends_on: string | null;
    hours_per_week: number;
    positions: number;
    employer_id: string;
    employer_name: string;
  }>(
    await db.execute(sql`
      select s.id, s.title, s.kind, s.isco_code, s.norwegian_required, s.requires_driving_licence, s.area,
        s.starts_on::text as starts_on, s.ends_on::text as ends_on, s.hours_per_week, s.positions, o.id as employer_id, o.name as employer_name
      from slots s join organizations o on o.id = s.employer_id
      where o.kind = 'employer' and o.city = ${ctx.membership.city} and s.status = 'open'
        and left(s.isco_code, ${CREDITED_PREFIX}) in (${sql.join(
          subMajors.map((m) => sql`${m}`),
          sql`, `,
        )})
        and (s.ends_on is null or s.ends_on >= ${startable}::date)
        ${person.drivingLicence ? sql`` : sql`and not s.requires_driving_licence`}
        ${person.hoursPerWeek != null ? sql`and s.hours_per_week * ${MIN_HOURS_SHARE}::float8 <= ${person.hoursPerWeek}::int` : sql``}
      order by ${fit} * ${MATCH_WEIGHTS.occupation}::float8 + ${norwegian} + ${area} desc, s.id
      limit ${PREFILTER_LIMIT}`),
  );
  const slots: SlotMatchItem[] = slotRows.map((s) => ({
    id: s.id,
    title: s.title,
    kind: s.kind,
    iscoCode: s.isco_code,
    norwegianRequired: s.norwegian_required,
    requiresDrivingLicence: s.requires_driving_licence,
    area: s.area,
    startsOn: s.starts_on,
    endsOn: s.ends_on,
    hoursPerWeek: s.hours_per_week,
    positions: s.positions,
    employerId: s.employer_id,
    employerName: s.employer_name,
  }));
  return {
    ...result,
    blocked: null,
    matches: rankSlotsForParticipant(person, slots, today).slice(0, limit),
    endsBeforeStart: slots.filter((s) => exclusion(s, person, today) === "programmeEndsBeforeStart").length,
  };
}
