import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { councilMembers, councils, organizations, type Council } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";
import { councilRole, type CouncilRole } from "./access";

export interface CouncilInScope {
  council: Council;
  chairName: string;
  secretariatName: string;
  members: { id: string; name: string; kind: string }[];
  /** The caller's organization's part in the council. */
  role: CouncilRole;
}

/**
 * The council the caller's organization is a member of (the first by name if several), or
 * null. Every council page and action starts here; ids of another council's rows must be
 * checked against `council.id` in each query.
 */
export async function loadCouncil(ctx: Ctx): Promise<CouncilInScope | null> {
  const db = await getDb();
  const [row] = await db
    .select({ council: councils })
    .from(councilMembers)
    .innerJoin(councils, eq(councils.id, councilMembers.councilId))
    .where(eq(councilMembers.organizationId, ctx.membership.organizationId))
    .orderBy(asc(councils.name))
    .limit(1);
  if (!row) return null;
  const members = await db
    .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
    .from(councilMembers)
    .innerJoin(organizations, eq(organizations.id, councilMembers.organizationId))
    .where(eq(councilMembers.councilId, row.council.id))
    .orderBy(asc(organizations.name));
  const role = councilRole(
    { chairId: row.council.chairId, secretariatId: row.council.secretariatId, memberIds: members.map((m) => m.id) },
    ctx.membership.organizationId,
  );
  if (!role) return null;
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? "";
  return { council: row.council, chairName: nameOf(row.council.chairId), secretariatName: nameOf(row.council.secretariatId), members, role };
}
