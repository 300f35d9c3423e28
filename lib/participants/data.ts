import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { participants } from "@/db/schema";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ParticipantRef {
  id: string;
  firstName: string;
  lastName: string;
  assignedTo: string | null;
  status: (typeof participants.$inferSelect)["status"];
}

/**
 * The participant with this id in the caller's municipality, or NotFoundError (→ 404):
 * an id of another municipality looks exactly like one that does not exist.
 * Anonymized participants are gone for everyone.
 */
export async function requireParticipant(tx: Tx, ctx: Ctx, id: string): Promise<ParticipantRef> {
  if (!UUID.test(id)) throw new NotFoundError("participant");
  const [row] = await tx
    .select({ id: participants.id, firstName: participants.firstName, lastName: participants.lastName, assignedTo: participants.assignedTo, status: participants.status })
    .from(participants)
    .where(and(eq(participants.id, id), eq(participants.municipalityId, ctx.membership.organizationId), isNull(participants.anonymizedAt)));
  if (!row) throw new NotFoundError("participant");
  return row;
}
