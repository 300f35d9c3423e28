"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { signIn } from "@/lib/auth/auth";
import { requestMagicLinkSchema } from "@/lib/auth/schemas";
import { safeCallbackPath } from "@/lib/auth/tokens";
import { hit } from "@/lib/rate-limit/data";
import { clientIp, LIMITS, minutesFromSeconds } from "@/lib/rate-limit/rules";

export const requestMagicLinkAction = action(
  requestMagicLinkSchema,
  { public: true },
  async ({ email, callbackUrl }) => {
    // Counted whether or not the address has an account, so the limit reveals nothing either.
    const now = new Date();
    const [byEmail, byIp] = await Promise.all([
      hit(`magic-link:email:${email}`, LIMITS.magicLinkPerEmail, now),
      hit(`magic-link:ip:${clientIp(await headers())}`, LIMITS.magicLinkPerIp, now),
    ]);
    const denied = [byEmail, byIp].filter((r) => !r.allowed);
    if (denied.length > 0) {
      const t = await getTranslations("errors");
      const minutes = minutesFromSeconds(Math.max(...denied.map((r) => r.retryAfterSeconds)));
      return {
        ok: false,
        fieldErrors: { email: t("rateLimited", { minutes }) },
        values: { email, callbackUrl: callbackUrl ?? "" },
      };
    }
    await signIn("resend", { email, redirectTo: safeCallbackPath(callbackUrl), redirect: false });
    // The same page whether or not the address has an account.
    redirect("/sign-in/check-email");
  },
);
