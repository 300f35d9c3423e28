"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { registerPublic } from "@/lib/fair-candidates/data/public";
import { registrationSchema } from "@/lib/fair-candidates/schemas";
import { isLocale } from "@/lib/i18n/locale";
import { clientIp } from "@/lib/rate-limit/rules";

export const registerForFairAction = action(registrationSchema, { public: true }, async (input) => {
  const locale = await getLocale();
  const result = await registerPublic(input, {
    ip: clientIp(await headers()),
    locale: isLocale(locale) ? locale : "nb",
  });
  if (result.kind === "rateLimited") {
    const t = await getTranslations("publicFair.errors");
    return { ok: false, formError: t("rateLimited", { minutes: result.minutes }) };
  }
  redirect(`/fairs/${input.eventId}/registered?status=${result.status}`);
});
