// Withdrawing a consent: the use case that spans domains. The consent row is marked and the
// cascades the privacy register names for the scope run (lib/privacy/data/cascade.ts): for
// consent to share with employers, proposals not yet a signed agreement are withdrawn; for
// consent to share with fair exhibitors, registrations for fairs not yet over are cancelled;
// all in one transaction. It lives apart from consents.ts so that placements can read consents
// without the two importing each other.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { consents } from "@/db/schema";
import { writeAudit } from "@/lib/audit/data";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { requireParticipant } from "@/lib/participants/data";
import { runConsentCascades } from "@/lib/privacy/data/cascade";

/** Withdrawal takes effect at once: hasConsent() is false from this commit on. */
export async function withdrawConsent(ctx: Ctx, participantId: string, consentId: string): Promise<void> {
  if (!isUuid(consentId)) throw new NotFoundError("consent");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await requireParticipant(tx, ctx, participantId);
    const [row] = await tx
      .update(consents)
      .set({ withdrawnAt: new Date(), withdrawnBy: ctx.userId })
      .where(and(eq(consents.id, consentId), eq(consents.participantId, participantId), isNull(consents.withdrawnAt)))
      .returning({ scope: consents.scope });
    if (!row) throw new NotFoundError("consent");
    await runConsentCascades(tx, [row.scope], participantId, ctx.userId);
    await writeAudit(tx, ctx, { participantId, action: "consent.withdraw", details: { scope: row.scope } });
  });
}
