import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { memberships, operators, organizations, sessions, users, verificationTokens } from "@/db/schema";
import type { OrganizationKind, Role } from "@/db/schema/organizations";
import { sendEmail } from "@/lib/email/data";
import { localeAtSignIn, storedLocale, type Locale } from "@/lib/i18n/locale";
import { appBaseUrl, authSecret } from "@/lib/config";
import { hit } from "@/lib/rate-limit/data";
import { LIMITS } from "@/lib/rate-limit/rules";
import { magicLinkEmail } from "./magic-link-email";
import { callbackUrl, hashToken, invitationExpires, MAGIC_LINK_MINUTES, newToken, signInLinkOn } from "./tokens";

export interface MembershipInfo {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  city: string;
  role: Role;
  isAdmin: boolean;
}

export async function findUserByEmail(db: Db, email: string): Promise<{ id: string; name: string | null } | null> {
  const [row] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email)).limit(1);
  return row ?? null;
}

export interface UserAccess {
  deactivated: boolean;
  isOperator: boolean;
  /** Memberships in organizations that are not deactivated, by organization name and role. */
  memberships: MembershipInfo[];
}

/** Everything a request needs to know about who is signed in, in one query (lib/auth/session). */
export async function userAccess(db: Db, userId: string): Promise<UserAccess> {
  const rows = await db
    .select({
      deactivatedAt: users.deactivatedAt,
      operator: operators.userId,
      id: memberships.id,
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      organizationKind: organizations.kind,
      city: organizations.city,
      role: memberships.role,
      isAdmin: memberships.isAdmin,
    })
    .from(users)
    .leftJoin(operators, eq(operators.userId, users.id))
    .leftJoin(memberships, eq(memberships.userId, users.id))
    // A deactivated organization's people lose access at once: its memberships no longer count.
    .leftJoin(organizations, and(eq(organizations.id, memberships.organizationId), isNull(organizations.deactivatedAt)))
    .where(eq(users.id, userId))
    .orderBy(asc(organizations.name), asc(memberships.role));
  const memberOf: MembershipInfo[] = [];
  for (const r of rows)
    if (r.id && r.organizationId && r.organizationName !== null && r.organizationKind && r.city !== null && r.role)
      memberOf.push({
        id: r.id,
        organizationId: r.organizationId,
        organizationName: r.organizationName,
        organizationKind: r.organizationKind,
        city: r.city,
        role: r.role,
        isAdmin: r.isAdmin ?? false,
      });
  return {
    deactivated: !rows[0] || rows[0].deactivatedAt !== null,
    isOperator: !!rows[0]?.operator,
    memberships: memberOf,
  };
}

export async function loadMemberships(db: Db, userId: string): Promise<MembershipInfo[]> {
  return (await userAccess(db, userId)).memberships;
}

/**
 * Stores a magic-link token and its email in one transaction. For an address with no
 * account nothing is stored or sent, and the caller shows the same page either way,
 * so the form does not reveal who has an account. The email is in the person's stored
 * language when they have chosen one, else in the sign-in page's (`locale`).
 */
export async function createMagicLink(
  db: Db,
  input: { email: string; token: string; secret: string; url: string; expires: Date; locale: Locale },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, deactivatedAt: users.deactivatedAt, locale: users.locale })
      .from(users)
      .where(eq(users.email, input.email))
      .limit(1);
    // A deactivated person gets no link, silently, exactly like an unknown address.
    if (!user || user.deactivatedAt) return false;
    const locale = user.locale ? storedLocale(user.locale) : input.locale;
    await tx
      .insert(verificationTokens)
      .values({ identifier: input.email, token: hashToken(input.token, input.secret), expires: input.expires });
    await sendEmail(tx, magicLinkEmail(input.email, input.url, MAGIC_LINK_MINUTES, locale));
    return true;
  });
}

export type MagicLinkRequest = Parameters<typeof createMagicLink>[1] & { ip: string; now?: Date };
export type MagicLinkResult = { status: "queued" | "no-account" } | { status: "limited"; retryAfterSeconds: number };

/**
 * Every way to ask for a sign-in link ends here: the app's form and Auth.js's own
 * POST /api/auth/signin/resend both reach sendVerificationRequest, which calls this. So the
 * limits per address and per client address are counted once, in this one place, and a refused
 * request stores and sends nothing. Counted whether or not the address has an account, so the
 * limit reveals nothing either. `url` is the link Auth.js built from the request's headers; the
 * email gets it rebuilt on APP_URL.
 */
export async function requestMagicLink(db: Db, input: MagicLinkRequest): Promise<MagicLinkResult> {
  const { ip, now = new Date(), ...link } = input;
  const results = await Promise.all([
    hit(`magic-link:email:${link.email}`, LIMITS.magicLinkPerEmail, now),
    hit(`magic-link:ip:${ip}`, LIMITS.magicLinkPerIp, now),
  ]);
  const denied = results.filter((r) => !r.allowed);
  if (denied.length > 0) {
    return { status: "limited", retryAfterSeconds: Math.max(...denied.map((r) => r.retryAfterSeconds)) };
  }
  const created = await createMagicLink(db, { ...link, url: signInLinkOn(appBaseUrl(), link.url) });
  return { status: created ? "queued" : "no-account" };
}

/** A demo account signs in through the same callback as an emailed link, without the email. */
export async function createDemoToken(
  db: Db,
  input: { email: string; token: string; secret: string; now: Date },
): Promise<boolean> {
  if (!(await userExists(db, input.email))) return false;
  await db.insert(verificationTokens).values({
    identifier: input.email,
    token: hashToken(input.token, input.secret),
    expires: new Date(input.now.getTime() + 5 * 60_000),
  });
  return true;
}

/** An account that may sign in: it exists and has not been deactivated. */
export async function userExists(db: Db, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.deactivatedAt)))
    .limit(1);
  return row !== undefined;
}

/**
 * One read per request: a deactivated person counts as signed out even if a session row survived
 * somehow; an operator of the installation may use /admin.
 */
export async function userStanding(db: Db, userId: string): Promise<{ deactivated: boolean; isOperator: boolean }> {
  const { deactivated, isOperator } = await userAccess(db, userId);
  return { deactivated, isOperator };
}

/**
 * The sign-in link of an invitation: stores its token (hashed, valid INVITATION_DAYS) in the
 * caller's transaction and returns the address to put in the invitation email (on APP_URL).
 */
export async function createInvitationLink(tx: Tx, email: string, now: Date): Promise<string> {
  const token = newToken();
  await tx
    .insert(verificationTokens)
    .values({ identifier: email, token: hashToken(token, authSecret()), expires: invitationExpires(now) });
  return callbackUrl(appBaseUrl(), { token, email, callbackUrl: "/home" });
}

/**
 * The session and its person in one query, for the adapter's getSessionAndUser. A session that
 * began `absoluteSeconds` or more before `now` is deleted instead and gives null.
 */
export async function sessionAndUser(db: Db, sessionToken: string, absoluteSeconds: number, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.sessionToken, sessionToken))
    .limit(1);
  if (!row) return null;
  if (row.session.createdAt.getTime() <= now.getTime() - absoluteSeconds * 1000) {
    await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
    return null;
  }
  const { sessionToken: token, userId, expires } = row.session;
  return { session: { sessionToken: token, userId, expires }, user: row.user };
}

/** At sign-in: stores the language the person uses in this browser when it is news (localeAtSignIn). */
export async function settleLocaleAtSignIn(
  db: Db,
  userId: string,
  browser: { chosen: string | undefined; preferred: Locale },
): Promise<void> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1);
  const store = row ? localeAtSignIn(row.locale, browser) : null;
  if (store) await db.update(users).set({ locale: store }).where(eq(users.id, userId));
}
