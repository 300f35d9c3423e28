import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { fairCandidateRetentionMonths } from "@/lib/config";
import { fairReport } from "@/lib/fair-report/data";
import { figureLabel, figureValue, sectionLabel } from "@/lib/fair-report/labels";
import { formatDate } from "@/lib/i18n/format";
import { isPastFairRetention } from "@/lib/retention/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("fairReport"))("title") };
}

/** The fair's figures for its organizer and co-hosts: on screen, printed, or as CSV. */
export default async function FairReportPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("events.read");
  const { id } = await params;
  const { event, sections, suppressed } = await orNotFound(fairReport(ctx, id));
  const t = await getTranslations();
  const tr = await getTranslations("fairReport");
  const locale = await getLocale();
  // Past this, the retention job has deleted public registrations and everything on them.
  const months = fairCandidateRetentionMonths();
  const thinned = isPastFairRetention(event.endsAt, months, new Date());
  const notes: Partial<Record<(typeof sections)[number]["id"], string>> = {
    candidates: tr("notes.candidates"),
    education: tr("notes.education"),
    countries: tr("notes.countries"),
    exhibitors: tr("notes.exhibitors"),
    outcomes: tr("notes.outcomes"),
  };
  return (
    <>
      <PageHeader
        title={tr("title")}
        lead={tr("lead", { event: event.title, date: formatDate(event.startsAt, locale) })}
      >
        <p className="no-print flex flex-wrap items-center gap-4">
          <PrintButton label={tr("print")} />
          <a href={`/api/events/${id}/report`} download>
            {tr("download")}
          </a>
        </p>
      </PageHeader>
      {suppressed && <p className="mb-6 max-w-prose text-muted">{tr("suppressionNote")}</p>}
      {thinned && <p className="mb-6 max-w-prose text-muted">{tr("retentionNote", { months })}</p>}
      <div className="flex flex-col gap-10">
        {sections.map((s) => (
          <section key={s.id} aria-labelledby={`section-${s.id}`} className="flex flex-col gap-2">
            <h2 id={`section-${s.id}`} className="text-xl font-semibold">
              {sectionLabel(t, s)}
            </h2>
            {notes[s.id] && <p className="max-w-prose text-muted">{notes[s.id]}</p>}
            {s.id === "countries" && s.figures.length === 1 ? (
              <p>{tr("noCountries")}</p>
            ) : (
              <Table caption={sectionLabel(t, s)}>
                <thead>
                  <tr>
                    <Th>{tr("csv.figure")}</Th>
                    <Th className="text-right">{tr("csv.value")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {s.figures.map((f) => (
                    <tr key={f.label ?? f.key}>
                      <th scope="row" className="border-b border-line px-3 py-2 text-left font-normal">
                        {figureLabel(t, f)}
                      </th>
                      <Td className="text-right tabular-nums">{figureValue(f, locale, true)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
