import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { SpecialistFigures } from "@/lib/fidelity/data";
import { FigureStatus, figureRows, type FigureRow } from "./fidelity-table";

const KEYS: FigureRow["key"][] = [
  "caseload",
  "employerContacts",
  "daysToFirstContact",
  "competitiveWork",
  "followAlong",
];

/**
 * Every job specialist in one table, a row each: the five values with their tags. The name opens
 * that specialist's whole table (with the basis of each figure) on the same page. One table
 * instead of one per specialist keeps the page small in a municipality with many.
 */
export async function FidelityOverview({ specialists }: { specialists: SpecialistFigures[] }) {
  const t = await getTranslations("fidelity");
  const rows = await Promise.all(specialists.map(async (s) => ({ s, figures: await figureRows(s.figures) })));
  return (
    <Table caption={t("overviewCaption")} cards>
      <thead>
        <tr>
          <Th>{t("columns.specialist")}</Th>
          {KEYS.map((k) => (
            <Th key={k}>{t(`short.${k}`)}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ s, figures }) => (
          <tr key={s.staffId}>
            <Td>
              <Link href={`/fidelity?specialist=${s.staffId}#specialist`}>
                {s.name}
                <span className="sr-only"> – {t("showAll")}</span>
              </Link>
            </Td>
            {figures.map((f) => (
              <Td key={f.key} label={t(`short.${f.key}`)}>
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold whitespace-nowrap">
                    {f.figure.value === null ? t("values.none") : f.value(f.figure.value)}
                  </span>
                  <FigureStatus figure={f.figure} />
                </span>
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
