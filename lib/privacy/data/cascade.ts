import "server-only";
// The consent cascades, run as the register says: withdrawing a consent (and erasure, which
// withdraws them all) runs every cascade the register names for the scope, once each, in the
// caller's transaction. Each cascade is its domain's own function.
import type { Tx } from "@/db";
import type { ConsentScope } from "@/db/schema/follow-up";
import { cancelUpcomingFairRegistrations } from "@/lib/fair-candidates/data/cascade";
import { withdrawPendingProposals } from "@/lib/placements/data/cascade";
import { PARTICIPANT_ENTRIES, type ConsentCascade } from "../register";

type Cascade = (tx: Tx, participantId: string, userId: string | null, now: Date) => Promise<number>;

export const CASCADES: Record<ConsentCascade, Cascade> = {
  withdrawProposalsBeforeSignedAgreement: withdrawPendingProposals,
  cancelUpcomingFairRegistrations: (tx, participantId, _userId, now) =>
    cancelUpcomingFairRegistrations(tx, participantId, now),
};

/** The cascades the register names for these scopes, each once, in register order. */
export function cascadesFor(scopes: readonly ConsentScope[]): ConsentCascade[] {
  const named = PARTICIPANT_ENTRIES.flatMap((e) => {
    const w = e.participant.consentWithdrawal;
    return w && scopes.includes(w.scope) ? [w.cascade] : [];
  });
  return [...new Set(named)];
}

/** Runs the cascades of the withdrawn scopes for one participant. */
export async function runConsentCascades(
  tx: Tx,
  scopes: readonly ConsentScope[],
  participantId: string,
  userId: string | null,
  now = new Date(),
): Promise<void> {
  for (const name of cascadesFor(scopes)) await CASCADES[name](tx, participantId, userId, now);
}
