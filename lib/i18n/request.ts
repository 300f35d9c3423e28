import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./locale";
import { messages } from "./messages";
import { OSLO_TIME_ZONE } from "@/lib/time/oslo";

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: messages[locale], timeZone: OSLO_TIME_ZONE };
});
