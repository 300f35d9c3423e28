// The history of each demo participant: status changes, outcomes and consents. Pure: builds rows.
import type { participantOutcomes, participantStatusChanges } from "../schema";
import type { ConsentMethod, ConsentScope } from "../schema/follow-up";
import type { Outcome, ParticipantStatus } from "../schema/participants";
import type { PlannedParticipant } from "./caseload-activity";
import type { SeedClock } from "./caseload-data";
import { stableId } from "./ids";

const SCOPES: ConsentScope[] = ["share_employers", "share_fair_exhibitors", "contact_email"];
const METHODS: ConsentMethod[] = ["signed_form", "verbal_interpreter", "digital"];
/** Consent state by position: most given, some given and later withdrawn, some never asked. */
const CONSENT_CYCLE = ["given", "given", "withdrawn", "given", "none", "given"] as const;

/** Enrolled at programme start, then on leave, completed or ended early where that applies. */
export function statusChangeRows(p: PlannedParticipant, clock: SeedClock, admin: string | null) {
  const by = p.staff?.id ?? admin;
  const row = (key: string, from: ParticipantStatus | null, to: ParticipantStatus, day: number, hour: number) => ({
    id: stableId(`${p.key}:status:${key}`),
    participantId: p.id,
    fromStatus: from,
    toStatus: to,
    changedBy: by,
    changedAt: clock.at(day, hour),
  });
  const rows: (typeof participantStatusChanges.$inferInsert)[] = [row("start", null, "enrolled", p.start, 9)];
  const change = (to: ParticipantStatus, day: number) => rows.push(row(to, "enrolled", to, day, 14));
  if (p.status === "on_leave" && p.leaveFrom !== null) change("on_leave", p.leaveFrom);
  if (p.status === "completed" || p.status === "ended_early") change(p.status, p.end);
  return rows;
}

/** At programme end for those who finished, and one year later for those who finished over a year ago. */
export function outcomeRows(p: PlannedParticipant, clock: SeedClock) {
  if (!p.outcome) return [];
  const by = p.staff?.id ?? null;
  const row = (timepoint: "programme_end" | "one_year", outcome: Outcome, reason: string | null, day: number) => ({
    id: stableId(`${p.key}:outcome:${timepoint}`),
    participantId: p.id,
    timepoint,
    outcome,
    reason,
    recordedBy: by,
    recordedAt: clock.at(day, 11),
  });
  const rows: (typeof participantOutcomes.$inferInsert)[] = [
    row("programme_end", p.outcome.atEnd, p.outcome.reason, p.end + 3),
  ];
  if (p.outcome.oneYear) rows.push(row("one_year", p.outcome.oneYear, null, p.end + 368));
  return rows;
}

/** One row per scope given; a withdrawn one keeps its row with the withdrawal time, as the app does. */
export function consentRows(p: PlannedParticipant, clock: SeedClock, admin: string | null) {
  const by = p.staff?.id ?? admin;
  return SCOPES.flatMap((scope, s) => {
    const state = CONSENT_CYCLE[(p.index + 2 * s) % CONSENT_CYCLE.length];
    if (state === "none") return [];
    const given = Math.min(p.start + 7 + s, -1);
    const withdrawn = state === "withdrawn" ? Math.min(given + 30 + 11 * s, -1) : null;
    return [
      {
        id: stableId(`${p.key}:consent:${scope}`),
        participantId: p.id,
        scope,
        givenOn: clock.date(given),
        method: METHODS[(p.index + s) % METHODS.length],
        recordedBy: by,
        recordedAt: clock.at(given, 12),
        withdrawnAt: withdrawn === null ? null : clock.at(withdrawn, 13),
        withdrawnBy: withdrawn === null ? null : by,
      },
    ];
  });
}
