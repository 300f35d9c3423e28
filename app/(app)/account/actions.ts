"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOutEverywhere, updateOwnDetails } from "@/lib/account/data";
import { accountSchema } from "@/lib/account/schemas";
import { action } from "@/lib/auth/action";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";

export const saveAccountAction = action(
  accountSchema,
  { permission: "account.view" },
  async ({ name, phone, locale }, ctx) => {
    await updateOwnDetails(ctx, { name, phone });
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
    });
    revalidatePath("/", "layout");
    return { ok: true, message: "saved" };
  },
);

/** Ends every session of the user, this browser's included, and goes to the sign-in page. */
export const signOutEverywhereAction = action(z.object({}), { permission: "account.view" }, async (_input, ctx) => {
  await signOutEverywhere(ctx);
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect("/sign-in?signedOut=1");
});
