"use client";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Stat, StatList } from "@/components/ui/stat";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber } from "@/lib/i18n/format";

type FileProblem<C> = { code: string; line?: number; rows?: number; columns?: C[] };
interface RowError<C> {
  column: C | null;
  code: string;
  detail?: string;
}
interface Row<C, F> {
  line: number;
  name: string;
  outcome: "create" | "update" | "unchanged" | "error";
  changed?: F[];
  errors?: RowError<C>[];
}
export interface ReportShape<C, F, R extends Row<C, F>> {
  problem?: FileProblem<C>;
  ignoredHeaders: string[];
  rows: R[];
  counts: { create: number; update: number; unchanged: number; error: number };
}

/**
 * What a CSV import will do, row by row: errors first, since they are what the user must act on.
 * Shared by every import; each names its key column (case number, organization number).
 */
export function ImportReportView<C extends string, F extends string, R extends Row<C, F>>({
  namespace,
  report,
  fileName,
  maxRows,
  headerOf,
  keyOf,
  createdText,
  children,
}: {
  namespace: string;
  report: ReportShape<C, F, R>;
  fileName?: string;
  maxRows: number;
  /** The column's header in the file. */
  headerOf: (column: C) => string;
  /** The row's key (case number, organization number) and its column title's message key. */
  keyOf: { header: string; value: (row: R) => string };
  /** What "new" means for a row (e.g. a known company becoming a member). */
  createdText: (row: R) => string;
  /** What one import adds to the preview, after the rows (e.g. proposals it does not apply). */
  children?: ReactNode;
}) {
  const t = useTranslations(namespace);
  const locale = useLocale();
  const n = (x: number) => formatNumber(x, locale);
  const p = report.problem;

  if (p) {
    const columns = p.columns ? p.columns.map((c) => `«${headerOf(c)}»`).join(", ") : "";
    return (
      <Alert tone="error" role="alert">
        <h2 className="font-semibold">{t("problemTitle", { file: fileName ?? "" })}</h2>
        <p className="mt-1">
          {t(`problems.${p.code}`, {
            line: p.line ?? 0,
            rows: p.rows !== undefined ? n(p.rows) : "",
            max: n(maxRows),
            count: p.columns?.length ?? 0,
            columns,
          })}
        </p>
      </Alert>
    );
  }

  const message = (e: RowError<C>) => {
    const [cells = "", expected = ""] = e.code === "cellCount" ? (e.detail ?? "").split("/") : [];
    return t(`rowErrors.${e.code}`, {
      column: e.column ? `«${headerOf(e.column)}»` : "",
      value: e.detail ?? "",
      cells: Number(cells),
      expected,
    });
  };
  const errors = report.rows.filter((r) => r.outcome === "error");
  const changes = report.rows.filter((r) => r.outcome === "create" || r.outcome === "update");

  return (
    <section aria-labelledby="import-preview" className="flex flex-col gap-6">
      <h2 id="import-preview" className="text-xl font-semibold">
        {fileName ? t("previewOf", { file: fileName }) : t("previewTitle")}
      </h2>
      <StatList label={t("summaryTitle")}>
        <Stat label={t("counts.create")} value={n(report.counts.create)} />
        <Stat label={t("counts.update")} value={n(report.counts.update)} />
        <Stat label={t("counts.unchanged")} value={n(report.counts.unchanged)} />
        <Stat label={t("counts.error")} value={n(report.counts.error)} />
      </StatList>
      {report.ignoredHeaders.length > 0 && (
        <Alert tone="info">{t("ignored", { columns: report.ignoredHeaders.map((h) => `«${h}»`).join(", ") })}</Alert>
      )}
      {errors.length > 0 && (
        <Table caption={t("errorsCaption", { count: errors.length })}>
          <thead>
            <tr>
              <Th>{t("line")}</Th>
              <Th>{t(keyOf.header)}</Th>
              <Th>{t("name")}</Th>
              <Th>{t("problem")}</Th>
            </tr>
          </thead>
          <tbody>
            {errors.map((r) => (
              <tr key={r.line}>
                <Td>{r.line}</Td>
                <Td>{keyOf.value(r) || t("none")}</Td>
                <Td>{r.name || t("none")}</Td>
                <Td>
                  <ul className="list-disc pl-5">
                    {r.errors?.map((e, i) => (
                      <li key={i}>{message(e)}</li>
                    ))}
                  </ul>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {changes.length > 0 && (
        <Table caption={t("changesCaption", { count: changes.length })}>
          <thead>
            <tr>
              <Th>{t("line")}</Th>
              <Th>{t(keyOf.header)}</Th>
              <Th>{t("name")}</Th>
              <Th>{t("result")}</Th>
              <Th>{t("details")}</Th>
            </tr>
          </thead>
          <tbody>
            {changes.map((r) => (
              <tr key={r.line}>
                <Td>{r.line}</Td>
                <Td>{keyOf.value(r)}</Td>
                <Td>{r.name}</Td>
                <Td>
                  <Badge tone={r.outcome === "create" ? "success" : "info"}>{t(`outcomes.${r.outcome}`)}</Badge>
                </Td>
                <Td>
                  {r.outcome === "create"
                    ? createdText(r)
                    : t("changed", { fields: (r.changed ?? []).map((c: string) => t(`columns.${c}`)).join(", ") })}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {report.counts.unchanged > 0 && <p>{t("unchangedNote", { count: report.counts.unchanged })}</p>}
      {children}
    </section>
  );
}
