import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import Resend from "next-auth/providers/resend";
import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { appBaseUrl, authSecret, emailFrom, sessionAbsoluteSeconds, sessionMaxAgeSeconds } from "@/lib/config";
import { kickDelivery } from "@/lib/email/worker";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { authLogger } from "@/lib/logging/auth-logger";
import { createMagicLink, userExists } from "./data";
import { withAbsoluteLifetime } from "./session-lifetime";
import { MAGIC_LINK_MINUTES, signInLinkOn } from "./tokens";

function cookieValue(request: Request, name: string): string | undefined {
  const match = request.headers.get("cookie")?.match(new RegExp(`(?:^|;\\s*)${name}=([^;]*)`));
  return match?.[1];
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
    logger: authLogger,
    // Tokens are written by sendVerificationRequest together with their email (one transaction).
    adapter: { ...adapter, createVerificationToken: async (token) => token },
    // maxAge is the idle limit; the absolute limit since sign-in is enforced by the adapter.
    session: { strategy: "database", maxAge: sessionMaxAgeSeconds(), updateAge: 15 * 60 },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    providers: [
      Resend({
        from: emailFrom(),
        maxAge: MAGIC_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, token, expires, url, request }) {
          // Auth.js built `url` from the request's Host and X-Forwarded-* headers: move it onto APP_URL.
          const link = signInLinkOn(appBaseUrl(), url);
          const locale = resolveLocale(cookieValue(request, LOCALE_COOKIE), request.headers.get("accept-language"));
          const created = await createMagicLink(db, { email: identifier, token, secret, url: link, expires, locale });
          if (created) void kickDelivery();
        },
      }),
    ],
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
