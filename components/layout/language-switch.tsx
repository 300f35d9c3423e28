"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { setLocaleAction } from "@/components/layout/actions";

/** Offers the other language; the choice is kept in a cookie. Works without JavaScript too. */
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations("language");
  const [, formAction, pending] = useActionState(setLocaleAction, {});
  const other = locale === "nb" ? "en" : "nb";
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        disabled={pending}
        lang={other}
        className="text-brand underline underline-offset-2"
        aria-label={t("switchTo", { language: t(other) })}
      >
        {other === "en" ? "English" : "Norsk"}
      </button>
    </form>
  );
}
