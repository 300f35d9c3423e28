"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { MagicLinkLimited, signIn } from "@/lib/auth/auth";
import { requestMagicLinkSchema } from "@/lib/auth/schemas";
import { safeCallbackPath } from "@/lib/auth/tokens";
import { minutesFromSeconds } from "@/lib/rate-limit/rules";

export const requestMagicLinkAction = action(
  requestMagicLinkSchema,
  { public: true },
  async ({ email, callbackUrl }) => {
    try {
      await signIn("resend", { email, redirectTo: safeCallbackPath(callbackUrl), redirect: false });
    } catch (err) {
      // The limits are counted where the link is made (sendVerificationRequest), for this form and
      // Auth.js's own endpoint alike; here the refusal only becomes a message at the field.
      if (!(err instanceof MagicLinkLimited)) throw err;
      const t = await getTranslations("errors");
      return {
        ok: false,
        fieldErrors: { email: t("rateLimited", { minutes: minutesFromSeconds(err.retryAfterSeconds) }) },
        values: { email, callbackUrl: callbackUrl ?? "" },
      };
    }
    // The same page whether or not the address has an account.
    redirect("/sign-in/check-email");
  },
);
