import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";

export interface AccountSession {
  /** A position in the list, never the token itself: session tokens do not leave the server. */
  key: number;
  expires: Date;
  current: boolean;
}

/** The signed-in person's own sessions, the one of this browser marked. */
export async function listOwnSessions(ctx: Ctx, currentToken: string | undefined): Promise<AccountSession[]> {
  const db = await getDb();
  const rows = await db
    .select({ token: sessions.sessionToken, expires: sessions.expires })
    .from(sessions)
    .where(eq(sessions.userId, ctx.userId))
    .orderBy(asc(sessions.expires));
  return rows.map((r, key) => ({ key, expires: r.expires, current: r.token === currentToken }));
}

/** The details the person edits on /account that the session does not carry. */
export async function ownDetails(ctx: Ctx): Promise<{ phone: string | null }> {
  const db = await getDb();
  const [row] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, ctx.userId));
  return { phone: row?.phone ?? null };
}

/** The person's own name and phone; nobody else's. */
export async function updateOwnDetails(ctx: Ctx, details: { name: string; phone: string | null }): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ name: details.name, phone: details.phone, updatedAt: new Date() })
    .where(eq(users.id, ctx.userId));
}

/** Ends every session of the signed-in person, in every browser, this one included. */
export async function signOutEverywhere(ctx: Ctx): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(sessions)
    .where(eq(sessions.userId, ctx.userId))
    .returning({ token: sessions.sessionToken });
  return deleted.length;
}
