"use client";
import { useLocale, useTranslations } from "next-intl";
import { Form, useFormAction } from "@/components/ui/form";
import { setLocaleAction } from "@/components/layout/actions";

/** Offers the other language; the choice is kept in a cookie. Works without JavaScript too. */
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations("language");
  const form = useFormAction(setLocaleAction);
  const other = locale === "nb" ? "en" : "nb";
  return (
    <Form form={form}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        disabled={form.pending}
        lang={other}
        className="text-brand underline underline-offset-2"
        aria-label={t("switchTo", { language: t(other) })}
      >
        {other === "en" ? "English" : "Norsk"}
      </button>
    </Form>
  );
}
