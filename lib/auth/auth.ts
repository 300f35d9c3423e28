import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { cookies, headers } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Resend from "next-auth/providers/resend";
import { getDb, type Db } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { authSecret, emailFrom, sessionAbsoluteSeconds, sessionMaxAgeSeconds } from "@/lib/config";
import { kickDelivery } from "@/lib/email/worker";
import { LOCALE_COOKIE, localeFromAcceptLanguage, resolveLocale } from "@/lib/i18n/locale";
import { authLogger } from "@/lib/logging/auth-logger";
import { logError, requestIdFrom } from "@/lib/logging/logger";
import { clientIp } from "@/lib/rate-limit/rules";
import { requestMagicLink, settleLocaleAtSignIn, userExists } from "./data";
import { withAbsoluteLifetime } from "./session-lifetime";
import { MAGIC_LINK_MINUTES } from "./tokens";

function cookieValue(request: Request, name: string): string | undefined {
  const match = request.headers.get("cookie")?.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`));
  return match?.[1];
}

/** The `code` Auth.js puts on the sign-in page's address when a link request was over the limit. */
export const MAGIC_LINK_LIMITED = "rate_limited";

/**
 * Thrown by sendVerificationRequest when a link request is over the limit. Auth.js hands a
 * CredentialsSignin to the client as /sign-in?error=CredentialsSignin&code=…, the only error it
 * sends with a code of ours (anything else becomes "Configuration"); the app's form gets the
 * error itself from signIn() and answers with the minutes to wait.
 */
export class MagicLinkLimited extends CredentialsSignin {
  code = MAGIC_LINK_LIMITED;
  constructor(readonly retryAfterSeconds: number) {
    super("Too many sign-in links asked for");
  }
}

interface LinkRequest {
  identifier: string;
  token: string;
  expires: Date;
  url: string;
  request: Request;
}

/**
 * Both ways to ask for a link (the app's form through signIn(), and a POST to Auth.js's own
 * /api/auth/signin/resend) come through here, inside the request: headers() is that request's.
 */
async function sendMagicLink(db: Db, secret: string, { identifier, token, expires, url, request }: LinkRequest) {
  const locale = resolveLocale(cookieValue(request, LOCALE_COOKIE), request.headers.get("accept-language"));
  const ip = clientIp(await headers());
  const result = await requestMagicLink(db, { email: identifier, ip, token, secret, url, expires, locale });
  if (result.status === "limited") throw new MagicLinkLimited(result.retryAfterSeconds);
  if (result.status === "queued") void kickDelivery();
}

/**
 * On signing in, the language used in this browser becomes the person's stored language when
 * it is news (localeAtSignIn). A failure here is logged and never stops the sign-in.
 */
async function settleLocale(db: Db, userId: string): Promise<void> {
  const incoming = await headers();
  try {
    const browser = {
      chosen: (await cookies()).get(LOCALE_COOKIE)?.value,
      preferred: localeFromAcceptLanguage(incoming.get("accept-language")),
    };
    await settleLocaleAtSignIn(db, userId, browser);
  } catch (err) {
    logError("storing the language at sign-in failed", err, { requestId: requestIdFrom(incoming), userId });
  }
}

// A function, so the database is opened on the first request and never by `next build`.
export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  const secret = authSecret();
  const adapter = withAbsoluteLifetime(
    DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    db,
    sessionAbsoluteSeconds(),
  );
  return {
    secret,
    trustHost: true,
    // Tokens are written by sendVerificationRequest together with their email (one transaction).
    adapter: { ...adapter, createVerificationToken: async (token) => token },
    // maxAge is the idle limit; the absolute limit since sign-in is enforced by the adapter.
    session: { strategy: "database", maxAge: sessionMaxAgeSeconds(), updateAge: 15 * 60 },
    logger: {
      ...authLogger,
      // A refused link request is the limit doing its job, not a fault; the rest is one log line each.
      error(error) {
        if (error instanceof MagicLinkLimited) return;
        authLogger.error(error);
      },
    },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      Resend({
        from: emailFrom(),
        maxAge: MAGIC_LINK_MINUTES * 60,
        sendVerificationRequest(params) {
          const sent = sendMagicLink(db, secret, params);
          // Auth.js hashes the token before it awaits this promise, so a refusal in between was
          // reported as an unhandled rejection; marked handled here, Auth.js still gets it.
          sent.catch(() => {});
          return sent;
        },
      }),
    ],
    events: {
      async signIn({ user }) {
        if (user.id) await settleLocale(db, user.id);
      },
    },
    callbacks: {
      // Only people who have been given an account may sign in; nobody is created by signing in,
      // and a deactivated person is refused (userExists counts only active accounts).
      // Asking for a link always "succeeds" (sendVerificationRequest quietly skips unknown
      // addresses, so the form does not reveal who has an account); using one needs an account.
      async signIn({ user, email }) {
        if (email?.verificationRequest) return true;
        return Boolean(user.email) && (await userExists(db, user.email!));
      },
      async session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
});
