import { getLocale, getTranslations } from "next-intl/server";
import { CefrGlossary } from "@/components/placements/cefr-glossary";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { Table, Td, Th } from "@/components/ui/table";
import type { ScheduleLine, ViewerSchedule } from "@/lib/interviews/data/views";
import { formatDate, formatTime } from "@/lib/i18n/format";
import { occupationLabel } from "@/lib/occupations/rules";

/** An employer's stand schedule, or a municipality's participants' schedule, once published. */
export async function ViewerView({ data }: { data: ViewerSchedule }) {
  const t = await getTranslations("interviews");
  const tp = await getTranslations("participants");
  const locale = await getLocale();
  const { event } = data.scope;
  if (!data.published) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("viewer.notPublished")}</EmptyState>
      </>
    );
  }
  const employer = data.kind === "employer";
  const stand = (l: ScheduleLine) =>
    l.standNumber ? t("standWithNumber", { name: l.employerName, number: l.standNumber }) : l.employerName;
  const profile = (l: ScheduleLine) => {
    if (!l.profile) return t("viewer.noProfile");
    const p = l.profile;
    const parts = [tp(`education.${p.educationLevel}`) + (p.educationField ? ` (${p.educationField})` : "")];
    if (p.occupations.length > 0) parts.push(p.occupations.map((o) => occupationLabel(o, locale)).join(", "));
    if (p.norwegianLevel) parts.push(t("viewer.norwegian", { level: p.norwegianLevel }));
    if (p.englishLevel) parts.push(t("viewer.english", { level: p.englishLevel }));
    return parts.join(" · ");
  };
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={
          employer
            ? t("viewer.employerLead", { title: event.title })
            : t("viewer.municipalityLead", { title: event.title })
        }
      />
      <p className="mb-4">
        {t("viewer.where", { date: formatDate(data.lines[0]?.start ?? event.startsAt, locale), venue: event.venue })}
      </p>
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <PrintButton label={t("print")} />
        {employer && data.lines.length > 0 && (
          <a href={`/api/events/${event.id}/calendar`} download>
            {t("downloadCalendar")}
          </a>
        )}
      </div>
      {data.lines.length === 0 ? (
        <EmptyState>{employer ? t("viewer.noneEmployer") : t("viewer.noneMunicipality")}</EmptyState>
      ) : (
        <Table caption={employer ? t("viewer.employerCaption") : t("viewer.municipalityCaption")}>
          <thead>
            <tr>
              <Th>{t("columns.time")}</Th>
              {employer ? <Th>{t("columns.table")}</Th> : <Th>{t("columns.stand")}</Th>}
              <Th>{t("columns.candidate")}</Th>
              {employer ? <Th>{t("columns.profile")}</Th> : <Th>{t("columns.table")}</Th>}
            </tr>
          </thead>
          <tbody>
            {data.lines.map((l) => (
              <tr key={l.id}>
                <Td className="whitespace-nowrap">{`${formatTime(l.start, locale)}–${formatTime(l.end, locale)}`}</Td>
                {employer ? <Td>{l.tableNo + 1}</Td> : <Td>{stand(l)}</Td>}
                <Td>{l.candidateName ?? <Badge tone="neutral">{t("viewer.cancelled")}</Badge>}</Td>
                {employer ? <Td>{l.candidateName === null ? "" : profile(l)}</Td> : <Td>{l.tableNo + 1}</Td>}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {employer && data.lines.length > 0 && <CefrGlossary className="no-print mt-4" />}
    </>
  );
}
