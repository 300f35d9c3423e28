import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { sessions, users } from "@/db/schema";
import type { Ctx, UserCtx } from "@/lib/auth/session";
import { isLocale, type Locale } from "@/lib/i18n/locale";

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

/** The details the person edits on /account that the session does not carry; locale null: never chosen. */
export async function ownDetails(ctx: Ctx): Promise<{ phone: string | null; locale: Locale | null }> {
  const db = await getDb();
  const [row] = await db
    .select({ phone: users.phone, locale: users.locale })
    .from(users)
    .where(eq(users.id, ctx.userId));
  return { phone: row?.phone ?? null, locale: isLocale(row?.locale) ? row.locale : null };
}

/** The person's own name, phone and language; nobody else's. */
export async function updateOwnDetails(
  ctx: Ctx,
  details: { name: string; phone: string | null; locale: Locale },
): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ name: details.name, phone: details.phone, locale: details.locale, updatedAt: new Date() })
    .where(eq(users.id, ctx.userId));
}

/** The language the person last switched to becomes the language of their email. */
export async function saveOwnLocale(user: Pick<UserCtx, "userId">, locale: Locale): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ locale }).where(eq(users.id, user.userId));
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
