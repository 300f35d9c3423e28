import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { yearOptions, type ReportId } from "@/lib/reports/rules";
import type { ReportTable } from "@/lib/reports/tables";

/** The report's heading, its print and CSV links and, for reports of one year, the year selector. */
export async function ReportHeader({
  report,
  lead,
  year,
  currentYear,
}: {
  report: ReportId;
  lead: string;
  year?: number;
  currentYear: number;
}) {
  const t = await getTranslations("reports");
  const csv = `/api/reports/${report}${year === undefined ? "" : `?year=${year}`}`;
  return (
    <PageHeader title={t(`${report}.title`)} lead={lead}>
      <div className="no-print flex flex-wrap items-end gap-6">
        {year !== undefined && (
          // A plain GET form: the chosen year stays in the address, so the page can be bookmarked and shared.
          <form method="get" action={`/reports/${report}`} aria-label={t("yearForm")} className="flex items-end gap-3">
            <Select
              name="year"
              label={t("year")}
              defaultValue={String(year)}
              options={yearOptions(currentYear).map((y) => ({ value: String(y), label: String(y) }))}
            />
            <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
              {t("show")}
            </button>
          </form>
        )}
        <p className="flex flex-wrap items-center gap-4">
          <PrintButton label={t("print")} />
          <a href={csv} download>
            {t("download")}
          </a>
        </p>
      </div>
    </PageHeader>
  );
}

/** A report table: the first cell names the row, figures are right-aligned, a total row in bold. */
export function ReportTableView({ table, lastIsTotal = false }: { table: ReportTable; lastIsTotal?: boolean }) {
  return (
    <div className="mb-8">
      <Table caption={table.caption}>
        <thead>
          <tr>
            {table.header.map((h, i) => (
              <Th key={h} className={i === 0 ? "" : "text-right"}>
                {h}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, ri) => {
            const total = lastIsTotal && ri === table.rows.length - 1;
            return (
              <tr key={row[0]} className={total ? "font-semibold" : undefined}>
                <th
                  scope="row"
                  className={`border-b border-line px-3 py-2 text-left ${total ? "font-semibold" : "font-normal"}`}
                >
                  {row[0]}
                </th>
                {row.slice(1).map((cell, ci) => (
                  <Td key={ci} className="text-right tabular-nums">
                    {cell}
                  </Td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}

/** How the figures are counted, in plain words under the report. */
export async function About({ children }: { children: ReactNode }) {
  const t = await getTranslations("reports");
  return (
    <section aria-labelledby="about" className="mt-8 max-w-prose">
      <h2 id="about" className="mb-2 text-xl font-semibold">
        {t("aboutHeading")}
      </h2>
      <p>{children}</p>
    </section>
  );
}
