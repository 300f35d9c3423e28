"use server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOutEverywhere, updateOwnDetails } from "@/lib/account/data";
import { accountSchema } from "@/lib/account/schemas";
import { action } from "@/lib/auth/action";
import { setLocaleCookie } from "@/lib/i18n/cookie";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";

export const saveAccountAction = action(
  accountSchema,
  { permission: "account.view" },
  async ({ name, phone, locale }, ctx) => {
    // The language is both this browser's (the cookie) and the person's email language.
    await updateOwnDetails(ctx, { name, phone, locale });
    await setLocaleCookie(locale);
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
