import { getTranslations } from "next-intl/server";
import { CEFR_LEVELS } from "@/lib/participants/rules";

/**
 * What each language level (A1–C2) means, in words an employer knows from work. Open on request,
 * so it does not crowd the page, and readable by keyboard and screen reader (unlike a title).
 */
export async function CefrGlossary({ className = "" }: { className?: string }) {
  const t = await getTranslations("placements.cefr");
  return (
    <details className={`max-w-prose rounded border border-line p-3 ${className}`}>
      <summary className="cursor-pointer font-semibold">{t("summary")}</summary>
      <p className="mt-2">{t("lead")}</p>
      <dl className="mt-2 flex flex-col gap-1">
        {CEFR_LEVELS.map((level) => (
          <div key={level} className="flex gap-3">
            <dt className="w-8 shrink-0 font-semibold">{level}</dt>
            <dd>{t(`levels.${level}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
