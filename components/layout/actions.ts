"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { signOut } from "@/lib/auth/auth";
import { NotFoundError } from "@/lib/auth/errors";
import { switchMembershipSchema } from "@/lib/auth/schemas";
import { MEMBERSHIP_COOKIE } from "@/lib/auth/session";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";

export const setLocaleAction = action(z.object({ locale: z.enum(LOCALES) }), { public: true }, async ({ locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
  });
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
