import "server-only";
import { and, asc, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import {
  councilActionComments,
  councilActionItems,
  councilMeetings,
  councilRepresentatives,
  organizations,
  users,
  type ActionStatus,
} from "@/db/schema";
import { NotFoundError, UserError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { requireCouncil, type CouncilInScope } from "@/lib/council/data/council";
import { isUuid } from "@/lib/ids";
import { mayChangeStatus, mayComment, mayCreateActionItems } from "../access";
import { ACTIVE_STATUSES, applyStatus } from "../rules";
import type { ActionFilters, ActionItemInput } from "../schemas";

export interface ActionItemRow {
  id: string;
  title: string;
  ownerOrgId: string;
  ownerOrgName: string;
  ownerName: string | null;
  dueOn: string;
  status: ActionStatus;
  meetingId: string | null;
  meetingTitle: string | null;
}

const rowColumns = {
  id: councilActionItems.id,
  title: councilActionItems.title,
  ownerOrgId: councilActionItems.ownerOrgId,
  ownerOrgName: organizations.name,
  ownerName: councilActionItems.ownerName,
  dueOn: councilActionItems.dueOn,
  status: councilActionItems.status,
  meetingId: councilActionItems.meetingId,
  meetingTitle: councilMeetings.title,
};

/** The council's items, filtered, earliest due first. Without a status filter: the ones still to do. */
export async function listActionItems(
  ctx: Ctx,
  scope: CouncilInScope,
  f: ActionFilters,
  today: string,
): Promise<ActionItemRow[]> {
  const db = await getDb();
  const where: SQL[] = [eq(councilActionItems.councilId, scope.council.id)];
  const status = f.status ?? "active";
  if (status === "active" || f.overdue) where.push(inArray(councilActionItems.status, [...ACTIVE_STATUSES]));
  else if (status !== "all") where.push(eq(councilActionItems.status, status));
  if (f.overdue) where.push(lt(councilActionItems.dueOn, today));
  if (f.owner) where.push(eq(councilActionItems.ownerOrgId, f.owner));
  if (f.mine) where.push(eq(councilActionItems.ownerOrgId, ctx.membership.organizationId));
  return db
    .select(rowColumns)
    .from(councilActionItems)
    .innerJoin(organizations, eq(organizations.id, councilActionItems.ownerOrgId))
    .leftJoin(councilMeetings, eq(councilMeetings.id, councilActionItems.meetingId))
    .where(and(...where))
    .orderBy(asc(councilActionItems.dueOn), asc(councilActionItems.title))
    .limit(500);
}

export interface ActionItemDetail extends ActionItemRow {
  version: number;
  doneAt: Date | null;
  createdAt: Date;
  createdByName: string | null;
}

/** One item of the caller's council; another council's id (or a malformed one) is NotFoundError. */
export async function getActionItem(scope: CouncilInScope, id: string): Promise<ActionItemDetail> {
  if (!isUuid(id)) throw new NotFoundError("action item");
  const db = await getDb();
  const creator = alias(users, "creator");
  const [row] = await db
    .select({
      ...rowColumns,
      version: councilActionItems.version,
      doneAt: councilActionItems.doneAt,
      createdAt: councilActionItems.createdAt,
      createdByName: creator.name,
    })
    .from(councilActionItems)
    .innerJoin(organizations, eq(organizations.id, councilActionItems.ownerOrgId))
    .leftJoin(councilMeetings, eq(councilMeetings.id, councilActionItems.meetingId))
    .leftJoin(creator, eq(creator.id, councilActionItems.createdBy))
    .where(and(eq(councilActionItems.id, id), eq(councilActionItems.councilId, scope.council.id)));
  if (!row) throw new NotFoundError("action item");
  return row;
}

export interface ActionComment {
  id: string;
  body: string;
  authorName: string | null;
  createdAt: Date;
}

/** Comments on an item the caller has already loaded through getActionItem, oldest first. */
export async function listActionComments(item: { id: string }): Promise<ActionComment[]> {
  const db = await getDb();
  return db
    .select({
      id: councilActionComments.id,
      body: councilActionComments.body,
      authorName: users.name,
      createdAt: councilActionComments.createdAt,
    })
    .from(councilActionComments)
    .leftJoin(users, eq(users.id, councilActionComments.userId))
    .where(eq(councilActionComments.actionItemId, item.id))
    .orderBy(asc(councilActionComments.createdAt), asc(councilActionComments.id));
}

export interface ActionFormOptions {
  representatives: { id: string; name: string; organizationId: string; organizationName: string }[];
  meetings: { id: string; title: string; startsAt: Date }[];
}

/** The choices of the new-item form: the council's active representatives and its meetings (newest first). */
export async function actionFormOptions(scope: CouncilInScope): Promise<ActionFormOptions> {
  const db = await getDb();
  const representatives = await db
    .select({
      id: councilRepresentatives.id,
      name: councilRepresentatives.name,
      organizationId: councilRepresentatives.organizationId,
      organizationName: organizations.name,
    })
    .from(councilRepresentatives)
    .innerJoin(organizations, eq(organizations.id, councilRepresentatives.organizationId))
    .where(and(eq(councilRepresentatives.councilId, scope.council.id), eq(councilRepresentatives.active, true)))
    .orderBy(asc(organizations.name), asc(councilRepresentatives.name));
  const meetings = await db
    .select({ id: councilMeetings.id, title: councilMeetings.title, startsAt: councilMeetings.startsAt })
    .from(councilMeetings)
    .where(eq(councilMeetings.councilId, scope.council.id))
    .orderBy(sql`${councilMeetings.startsAt} desc`);
  return { representatives, meetings };
}

/** The secretariat records an action item; owner, person and meeting must all belong to this council. */
export async function createActionItem(ctx: Ctx, input: ActionItemInput): Promise<string> {
  const scope = await requireCouncil(ctx);
  if (!mayCreateActionItems(scope.role)) throw new NotFoundError("council");
  const { council } = scope;
  if (!scope.members.some((m) => m.id === input.ownerOrgId))
    throw new UserError("actionItems.errors.owner", "ownerOrgId");
  const db = await getDb();
  let ownerName: string | null = null;
  if (input.ownerRepresentativeId) {
    const [rep] = isUuid(input.ownerRepresentativeId)
      ? await db
          .select({ name: councilRepresentatives.name })
          .from(councilRepresentatives)
          .where(
            and(
              eq(councilRepresentatives.id, input.ownerRepresentativeId),
              eq(councilRepresentatives.councilId, council.id),
              eq(councilRepresentatives.organizationId, input.ownerOrgId),
            ),
          )
      : [];
    if (!rep) throw new UserError("actionItems.errors.person", "ownerRepresentativeId");
    ownerName = rep.name;
  }
  if (input.meetingId) {
    const [meeting] = isUuid(input.meetingId)
      ? await db
          .select({ id: councilMeetings.id })
          .from(councilMeetings)
          .where(and(eq(councilMeetings.id, input.meetingId), eq(councilMeetings.councilId, council.id)))
      : [];
    if (!meeting) throw new UserError("actionItems.errors.meeting", "meetingId");
  }
  const [row] = await db
    .insert(councilActionItems)
    .values({
      councilId: council.id,
      meetingId: input.meetingId,
      title: input.title,
      ownerOrgId: input.ownerOrgId,
      ownerName,
      ownerRepresentativeId: input.ownerRepresentativeId,
      dueOn: input.dueOn,
      createdBy: ctx.userId,
    })
    .returning({ id: councilActionItems.id });
  return row.id;
}

/**
 * Moves an item to another status if nobody changed it in between (version check). Another
 * organization's item is NotFoundError, as if it were not there: the form is not shown either.
 */
export async function setActionItemStatus(
  ctx: Ctx,
  id: string,
  version: number,
  status: ActionStatus,
  now: Date,
): Promise<void> {
  const scope = await requireCouncil(ctx);
  const item = await getActionItem(scope, id);
  if (!mayChangeStatus(scope.role, item, ctx.membership.organizationId)) throw new NotFoundError("action item");
  if (item.version !== version) throw new UserError("actionItems.errors.stale");
  const next = applyStatus(item.status, status, now);
  if (!next) throw new UserError("actionItems.errors.transition");
  const db = await getDb();
  const updated = await db
    .update(councilActionItems)
    .set({ ...next, version: sql`${councilActionItems.version} + 1`, updatedAt: now })
    .where(
      and(
        eq(councilActionItems.id, id),
        eq(councilActionItems.councilId, scope.council.id),
        eq(councilActionItems.version, version),
      ),
    )
    .returning({ id: councilActionItems.id });
  if (updated.length === 0) throw new UserError("actionItems.errors.stale");
}

/** Any member organization's people may comment; the text is stored as typed and escaped when shown. */
export async function addActionComment(ctx: Ctx, id: string, body: string): Promise<void> {
  const scope = await requireCouncil(ctx);
  const item = await getActionItem(scope, id);
  if (!mayComment(scope.role)) throw new NotFoundError("action item");
  const db = await getDb();
  await db.insert(councilActionComments).values({ actionItemId: item.id, userId: ctx.userId, body });
}
