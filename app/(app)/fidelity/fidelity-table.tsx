import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { FidelityFigures, Figure } from "@/lib/fidelity/rules";
import { IPS } from "@/lib/fidelity/rules";
import { formatNumber } from "@/lib/i18n/format";

export interface FigureRow {
  key: "caseload" | "employerContacts" | "daysToFirstContact" | "competitiveWork" | "followAlong";
  label: string;
  figure: Figure;
  value: (v: number) => string;
  threshold: string;
  basis: string[];
}

/** The five figures as the page words them: label, value, IPS requirement and what each is based on. */
export async function figureRows(figures: FidelityFigures, team = false): Promise<FigureRow[]> {
  const t = await getTranslations("fidelity");
  const locale = await getLocale();
  // One decimal at most: "7,5 per uke", "57,1 %".
  const num = (n: number) => formatNumber(Math.round(n * 10) / 10, locale);
  const pct = (n: number) => num(n * 100);
  const { caseload, employerContacts, daysToFirstContact: first, competitiveWork, followAlong } = figures;

  const firstBasis = [
    first.measured > 0
      ? t("basis.daysToFirstContact", { within: num(first.within), measured: num(first.measured) })
      : t("basis.noneMeasured"),
    first.pending > 0 ? t("basis.pending", { pending: first.pending }) : null,
    t("basis.notTheGoal"),
  ].filter((x): x is string => x !== null);

  return [
    {
      key: "caseload",
      label: t(team ? "figures.teamCaseload" : "figures.caseload"),
      figure: caseload,
      value: (v) => t("values.count", { value: num(v) }),
      threshold: t(caseload.threshold < IPS.caseload ? "thresholds.ownTarget" : "thresholds.atMost", {
        value: num(caseload.threshold),
      }),
      basis: [t(team ? "basis.teamCaseload" : "basis.caseload", { active: caseload.active })],
    },
    {
      key: "employerContacts",
      label: t(team ? "figures.teamEmployerContacts" : "figures.employerContacts"),
      figure: employerContacts,
      value: (v) => t("values.perWeek", { value: num(v) }),
      threshold: t("thresholds.perWeek", { value: num(employerContacts.threshold) }),
      basis: [t("basis.employerContacts", { count: employerContacts.count })],
    },
    {
      key: "daysToFirstContact",
      label: t("figures.daysToFirstContact"),
      figure: first,
      value: (v) => t("values.days", { value: num(v) }),
      threshold: t("thresholds.days", { value: num(first.threshold) }),
      basis: firstBasis,
    },
    {
      key: "competitiveWork",
      label: t("figures.competitiveWork"),
      figure: competitiveWork,
      value: (v) => t("values.percent", { value: pct(v) }),
      threshold: t("thresholds.percent", { value: pct(competitiveWork.threshold) }),
      basis: [t("basis.competitiveWork", { inWork: num(competitiveWork.inWork), active: competitiveWork.active })],
    },
    {
      key: "followAlong",
      label: t("figures.followAlong"),
      figure: followAlong,
      value: (v) => t("values.percent", { value: pct(v) }),
      threshold: t("thresholds.percent", { value: pct(followAlong.threshold) }),
      basis: [t("basis.followAlong", { onTime: num(followAlong.onTime), due: followAlong.due })],
    },
  ];
}

/** "Innenfor", "Utenfor" or "Ikke nok data" as a tag. */
export async function FigureStatus({ figure }: { figure: Figure }) {
  const t = await getTranslations("fidelity");
  if (figure.meets === null) return <Badge>{t("status.noData")}</Badge>;
  return figure.meets ? (
    <Badge tone="success">{t("status.meets")}</Badge>
  ) : (
    <Badge tone="warning">{t("status.misses")}</Badge>
  );
}

/** One figure per row: its value with what it is based on, the IPS requirement, and a text tag. */
export async function FidelityTable({
  caption,
  figures,
  team = false,
}: {
  caption: string;
  figures: FidelityFigures;
  team?: boolean;
}) {
  const t = await getTranslations("fidelity");
  const rows = await figureRows(figures, team);
  const status = (figure: Figure) => <FigureStatus figure={figure} />;

  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("columns.figure")}</Th>
          <Th>{t("columns.value")}</Th>
          <Th className="hidden sm:table-cell">{t("columns.threshold")}</Th>
          <Th className="hidden sm:table-cell">{t("columns.status")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="border-b border-line px-3 py-2 text-left align-top font-normal">
              {r.label}
            </th>
            <Td>
              <span className="font-semibold whitespace-nowrap">
                {r.figure.value === null ? t("values.none") : r.value(r.figure.value)}
              </span>
              {r.basis.map((b) => (
                <span key={b} className="block text-sm text-muted">
                  {b}
                </span>
              ))}
              {/* On a phone the last two columns move in here, so nothing scrolls out of sight. */}
              <span className="mt-2 flex flex-wrap items-center gap-2 sm:hidden">
                <span className="text-sm">{t("thresholdInline", { threshold: r.threshold })}</span>
                {status(r.figure)}
              </span>
            </Td>
            <Td className="hidden whitespace-nowrap sm:table-cell">{r.threshold}</Td>
            <Td className="hidden sm:table-cell">{status(r.figure)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
