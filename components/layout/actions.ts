"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { signOut } from "@/lib/auth/auth";
import { NotFoundError } from "@/lib/auth/errors";
import { switchMembershipSchema } from "@/lib/auth/schemas";
import { getUser, MEMBERSHIP_COOKIE } from "@/lib/auth/session";
import { saveOwnLocale } from "@/lib/account/data";
import { setLocaleCookie } from "@/lib/i18n/cookie";
import { LOCALES } from "@/lib/i18n/locale";

/** Anyone may switch; for a signed-in person the choice is also their stored language (their email's). */
export const setLocaleAction = action(z.object({ locale: z.enum(LOCALES) }), { public: true }, async ({ locale }) => {
  await setLocaleCookie(locale);
  const user = await getUser();
  if (user) await saveOwnLocale(user, locale);
});

export const signOutAction = action(z.object({}), { public: true }, async () => {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
});

/** Picks which of the user's memberships the app acts in; only the user's own are accepted. */
export const switchMembershipAction = action(
  switchMembershipSchema,
  { permission: "home.view" },
  async ({ membershipId }, ctx) => {
    if (!ctx.memberships.some((m) => m.id === membershipId)) throw new NotFoundError("membership");
    (await cookies()).set(MEMBERSHIP_COOKIE, membershipId, { path: "/", sameSite: "lax", httpOnly: true });
    redirect("/home");
  },
);
