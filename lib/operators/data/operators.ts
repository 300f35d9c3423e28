import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Tx } from "@/db";
import { operators, users } from "@/db/schema";
import { writeStaffAudit } from "@/lib/audit/data";
import { UserError } from "@/lib/auth/errors";
import { createInvitationLink } from "@/lib/auth/data";
import type { UserCtx } from "@/lib/auth/session";
import { INVITATION_DAYS } from "@/lib/auth/tokens";
import { sendEmail } from "@/lib/email/data";
import { operatorInvitationEmail } from "@/lib/email/templates";
import type { Locale } from "@/lib/i18n/locale";
import { removeOperatorRefusal } from "../rules";
import type { InviteOperatorInput } from "../schemas";

/** Serializes every change to who is an operator, so "never the last one" holds under concurrency. */
export async function lockOperators(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('lagspill:operators'))`);
}

export async function operatorCount(tx: Tx): Promise<number> {
  const [{ n }] = await tx.select({ n: count() }).from(operators);
  return n;
}

/**
 * Makes a person an operator in the caller's transaction: the user if the address is new, the
 * operators row, a sign-in link valid for a week and its email in the outbox. A deactivated
 * person and someone already an operator are refused at the email field.
 */
export async function addOperator(
  tx: Tx,
  p: {
    name: string | null;
    email: string;
    inviter: { userId: string; name: string } | null;
    locale: Locale;
    now: Date;
  },
): Promise<{ userId: string; created: boolean }> {
  const [found] = await tx
    .select({ id: users.id, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.email, p.email))
    .limit(1);
  if (found?.deactivatedAt) throw new UserError("people.errors.inviteDeactivated", "email");
  const user =
    found ?? (await tx.insert(users).values({ name: p.name, email: p.email }).returning({ id: users.id }))[0];
  const inserted = await tx
    .insert(operators)
    .values({ userId: user.id, invitedBy: p.inviter?.userId ?? null, createdAt: p.now })
    .onConflictDoNothing()
    .returning({ userId: operators.userId });
  if (inserted.length === 0) throw new UserError("admin.errors.alreadyOperator", "email");
  const url = await createInvitationLink(tx, p.email, p.now);
  await sendEmail(
    tx,
    operatorInvitationEmail({
      to: p.email,
      url,
      days: INVITATION_DAYS,
      inviterName: p.inviter?.name ?? null,
      locale: p.locale,
    }),
  );
  return { userId: user.id, created: !found };
}

export interface OperatorRow {
  userId: string;
  name: string | null;
  email: string;
  since: Date;
  invitedByName: string | null;
  isSelf: boolean;
}

export async function listOperators(user: UserCtx): Promise<OperatorRow[]> {
  const db = await getDb();
  const inviter = alias(users, "inviter");
  const rows = await db
    .select({
      userId: operators.userId,
      name: users.name,
      email: users.email,
      since: operators.createdAt,
      invitedByName: inviter.name,
    })
    .from(operators)
    .innerJoin(users, eq(users.id, operators.userId))
    .leftJoin(inviter, eq(inviter.id, operators.invitedBy))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map((r) => ({ ...r, isSelf: r.userId === user.userId }));
}

/** Another operator, invited by email (the outbox delivers the sign-in link). Installation-wide audit. */
export async function inviteOperator(
  user: UserCtx,
  input: InviteOperatorInput,
  opts: { locale: Locale; now?: Date },
): Promise<{ userId: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockOperators(tx);
    const added = await addOperator(tx, {
      name: input.name,
      email: input.email,
      inviter: { userId: user.userId, name: user.name },
      locale: opts.locale,
      now: opts.now ?? new Date(),
    });
    await writeStaffAudit(tx, { userId: user.userId, organizationId: null }, added.userId, "operator_invite", {
      newUser: added.created,
    });
    return { userId: added.userId };
  });
}

/** Ends another operator's access to /admin; never one's own, never the last operator's. */
export async function removeOperator(user: UserCtx, targetUserId: string): Promise<{ name: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockOperators(tx);
    const [target] = await tx
      .select({ name: users.name, email: users.email })
      .from(operators)
      .innerJoin(users, eq(users.id, operators.userId))
      .where(eq(operators.userId, targetUserId))
      .limit(1);
    if (!target) throw new UserError("admin.errors.notOperator");
    const refusal = removeOperatorRefusal(user.userId, targetUserId, await operatorCount(tx));
    if (refusal) throw new UserError(refusal === "self" ? "admin.errors.removeSelf" : "admin.errors.removeLast");
    await tx.delete(operators).where(eq(operators.userId, targetUserId));
    await writeStaffAudit(tx, { userId: user.userId, organizationId: null }, targetUserId, "operator_remove", {});
    return { name: target.name ?? target.email };
  });
}
