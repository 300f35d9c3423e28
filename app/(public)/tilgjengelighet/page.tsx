import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { CRITERIA, NOT_REQUIRED, STATEMENT_DATE, statusCounts, type Status } from "@/lib/accessibility/statement";
import { accessibilityContactEmail, sessionMaxAgeSeconds } from "@/lib/config";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

const TONE: Record<Status, "success" | "warning" | "neutral"> = {
  met: "success",
  partly: "warning",
  notApplicable: "neutral",
};

/** The accessibility statement: public, in both languages, linked from every page's footer. */
export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  const locale = (await getLocale()) as Locale;
  const counts = statusCounts();
  const contact = accessibilityContactEmail();
  const list = (keys: string[], prefix: string) => (
    <ul className="flex max-w-prose list-disc flex-col gap-2 pl-6">
      {keys.map((k) => (
        <li key={k}>{t(`${prefix}.${k}`, { hours: Math.round(sessionMaxAgeSeconds() / 3600) })}</li>
      ))}
    </ul>
  );
  return (
    <PublicShell>
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="status-heading" className="mb-8 flex flex-col gap-3">
        <h2 id="status-heading" className="text-xl font-semibold">
          {t("statusHeading")}
        </h2>
        <p className="max-w-prose">{t("status", { ...counts, total: CRITERIA.length })}</p>
        <p className="max-w-prose">{t("notRequired", { ids: NOT_REQUIRED.join(", ") })}</p>
        <p className="max-w-prose">{t("municipality")}</p>
        <p className="max-w-prose">
          {t("reviewed", { date: formatDate(new Date(`${STATEMENT_DATE}T12:00:00Z`), locale) })}
        </p>
      </section>
      <section aria-labelledby="feedback-heading" className="mb-8 flex flex-col gap-3">
        <h2 id="feedback-heading" className="text-xl font-semibold">
          {t("feedbackHeading")}
        </h2>
        {contact ? (
          <p className="max-w-prose">
            {t("feedback")} <a href={`mailto:${contact}`}>{contact}</a>.
          </p>
        ) : (
          <p className="max-w-prose">{t("feedbackUnset")}</p>
        )}
        <p className="max-w-prose">{t("complaint")}</p>
      </section>
      <section aria-labelledby="deviations-heading" className="mb-8 flex flex-col gap-3">
        <h2 id="deviations-heading" className="text-xl font-semibold">
          {t("deviationsHeading")}
        </h2>
        {list(["timing", "tables", "userContent", "outside", "screenReader"], "deviations")}
      </section>
      <section aria-labelledby="testing-heading" className="mb-8 flex flex-col gap-3">
        <h2 id="testing-heading" className="text-xl font-semibold">
          {t("testingHeading")}
        </h2>
        {list(["axe", "keyboard", "phone", "review", "notDone"], "testing")}
      </section>
      <section aria-labelledby="criteria-heading" className="flex flex-col gap-3">
        <h2 id="criteria-heading" className="text-xl font-semibold">
          {t("criteriaHeading")}
        </h2>
        <Table caption={t("caption")} cards>
          <thead>
            <tr>
              <Th>{t("columns.id")}</Th>
              <Th>{t("columns.name")}</Th>
              <Th>{t("columns.level")}</Th>
              <Th>{t("columns.status")}</Th>
              <Th>{t("columns.checkedBy")}</Th>
              <Th>{t("columns.note")}</Th>
            </tr>
          </thead>
          <tbody>
            {CRITERIA.map((k) => (
              <tr key={k.id}>
                <Td className="font-semibold">{k.id}</Td>
                <Td label={t("columns.name")}>{k.name[locale]}</Td>
                <Td label={t("columns.level")}>{k.level}</Td>
                <Td label={t("columns.status")}>
                  <Badge tone={TONE[k.status]}>{t(`statuses.${k.status}`)}</Badge>
                </Td>
                <Td label={t("columns.checkedBy")}>
                  {k.checkedBy.length ? k.checkedBy.map((c) => t(`checks.${c}`)).join(", ") : t("notChecked")}
                </Td>
                <Td label={t("columns.note")}>{k.note?.[locale] ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </PublicShell>
  );
}
