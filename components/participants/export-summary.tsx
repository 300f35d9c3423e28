import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { cellOf, summarizeSection, type Cell } from "@/lib/privacy/summary";

/**
 * One section of a participant's export as people read it: the record as a list of fields,
 * other sections as a table. Ids and raw mail stay in the JSON download.
 */
export async function ExportSummary({
  sectionKey,
  data,
  single,
}: {
  sectionKey: string;
  data: unknown;
  single: boolean;
}) {
  const t = await getTranslations("participants.privacy");
  const tc = await getTranslations("participants.consent");
  const ta = await getTranslations("participants.audit");
  const locale = (await getLocale()) as Locale;
  const label = (key: string) => (t.has(`fields.${key}`) ? t(`fields.${key}` as "fields.name") : key);
  // Codes people would not recognize, where a label already exists elsewhere.
  const text = (key: string, value: string) => {
    if (key === "scope" && tc.has(`scopes.${value}`)) return tc(`scopes.${value}` as "scopes.contact_email");
    if (key === "method" && tc.has(`methods.${value}`)) return tc(`methods.${value}` as "methods.digital");
    const action = `actions.${value.replace(".", "_")}`;
    if (key === "action" && ta.has(action)) return ta(action as "actions.participant_read");
    return value.replaceAll("_", " ");
  };
  const show = (key: string, c: Cell) => {
    switch (c.kind) {
      case "empty":
        return "–";
      case "yesNo":
        return c.value ? t("yes") : t("no");
      case "number":
        return formatNumber(c.value, locale);
      case "count":
        return t("nested", { count: c.value });
      case "date":
        return c.withTime ? formatDateTime(c.value, locale) : formatDate(c.value, locale);
      case "text":
        return text(key, c.value);
    }
  };
  const summary = summarizeSection(data);
  if (summary.rows.length === 0) return <p>{t("empty")}</p>;
  if (single) {
    const row = data as Record<string, unknown>;
    return (
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {summary.columns.map((k) => (
          <div key={k} className="contents">
            <dt className="font-semibold">{label(k)}</dt>
            <dd>{show(k, cellOf(row[k]))}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <>
      <Table caption={t(`sections.${sectionKey}` as "sections.participant")}>
        <thead>
          <tr>
            {summary.columns.map((k) => (
              <Th key={k}>{label(k)}</Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((c, j) => (
                <Td key={summary.columns[j]}>{show(summary.columns[j], c)}</Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      {summary.more > 0 && <p className="mt-1 text-sm">{t("more", { count: summary.more })}</p>}
    </>
  );
}
