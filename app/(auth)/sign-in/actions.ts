"use server";
import { action } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/auth";
import { requestMagicLinkSchema } from "@/lib/auth/schemas";
import { safeCallbackPath } from "@/lib/auth/tokens";

export const requestMagicLinkAction = action(requestMagicLinkSchema, { public: true }, async ({ email, callbackUrl }) => {
  // Redirects to the check-email page; the same page whether or not the address has an account.
  await signIn("resend", { email, redirectTo: safeCallbackPath(callbackUrl) });
});
