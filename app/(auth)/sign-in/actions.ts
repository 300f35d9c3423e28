"use server";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/auth";
import { requestMagicLinkSchema } from "@/lib/auth/schemas";
import { safeCallbackPath } from "@/lib/auth/tokens";

export const requestMagicLinkAction = action(requestMagicLinkSchema, { public: true }, async ({ email, callbackUrl }) => {
  await signIn("resend", { email, redirectTo: safeCallbackPath(callbackUrl), redirect: false });
  // The same page whether or not the address has an account.
  redirect("/sign-in/check-email");
});
