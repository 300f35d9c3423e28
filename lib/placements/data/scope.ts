// The placement as one caller may see it: the tenant condition from access.ts as SQL, and the
// scoped loads every placement data function starts from. An id outside the scope is a 404.
import "server-only";
import { and, eq, notInArray, type SQL } from "drizzle-orm";
import type { Tx } from "@/db";
import { organizations, placements, slots } from "@/db/schema";
import type { PlacementStage } from "@/db/schema/pipeline";
import { NotFoundError } from "@/lib/auth/errors";
import { actorOf } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { isUuid } from "@/lib/ids";
import { agreementVisible, placementScopeOf } from "../access";

/** The tenant condition of every placement query. */
export function placementScope(ctx: Ctx): SQL {
  const scope = placementScopeOf(actorOf(ctx), ctx.membership.organizationId);
  return and(
    eq(placements[scope.by], scope.organizationId),
    scope.hiddenStages.length > 0 ? notInArray(placements.stage, [...scope.hiddenStages]) : undefined,
  )!;
}

/** Audit entries belong to the participant's municipality, also when an employer acts. */
export const auditCtx = (ctx: Ctx, municipalityId: string) => ({
  userId: ctx.userId,
  membership: { organizationId: municipalityId },
});

export interface ScopedPlacement {
  id: string;
  slotId: string;
  participantId: string;
  municipalityId: string;
  employerId: string;
  stage: PlacementStage;
  version: number;
  createdBy: string | null;
  slotTitle: string;
  employerName: string;
}

export async function requirePlacement(tx: Tx, ctx: Ctx, id: string): Promise<ScopedPlacement> {
  if (!isUuid(id)) throw new NotFoundError("placement");
  const [row] = await tx
    .select({
      id: placements.id,
      slotId: placements.slotId,
      participantId: placements.participantId,
      municipalityId: placements.municipalityId,
      employerId: placements.employerId,
      stage: placements.stage,
      version: placements.version,
      createdBy: placements.createdBy,
      slotTitle: slots.title,
      employerName: organizations.name,
    })
    .from(placements)
    .innerJoin(slots, eq(slots.id, placements.slotId))
    .innerJoin(organizations, eq(organizations.id, placements.employerId))
    .where(and(eq(placements.id, id), placementScope(ctx)));
  if (!row) throw new NotFoundError("placement");
  return row;
}

/** A placement whose agreement the caller may see: from the agreement stage on. */
export async function requireAgreementPlacement(tx: Tx, ctx: Ctx, placementId: string): Promise<ScopedPlacement> {
  const p = await requirePlacement(tx, ctx, placementId);
  if (!agreementVisible(p.stage)) throw new NotFoundError("agreement");
  return p;
}

/** A slot of an employer in the caller's city: the municipality works with its local employers. */
export async function requireCitySlot(tx: Tx, ctx: Ctx, slotId: string) {
  if (!isUuid(slotId)) throw new NotFoundError("slot");
  const [slot] = await tx
    .select({
      id: slots.id,
      title: slots.title,
      status: slots.status,
      positions: slots.positions,
      kind: slots.kind,
      employerId: slots.employerId,
      employerName: organizations.name,
    })
    .from(slots)
    .innerJoin(organizations, eq(organizations.id, slots.employerId))
    .where(and(eq(slots.id, slotId), eq(organizations.kind, "employer"), eq(organizations.city, ctx.membership.city)));
  if (!slot) throw new NotFoundError("slot");
  return slot;
}
