import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/i18n/format";
import type { HistoryRow } from "@/lib/placements/data/detail";

/** Every move: when, who, from, to and why. */
export async function HistoryTable({ rows }: { rows: HistoryRow[] }) {
  const t = await getTranslations("placements");
  const locale = await getLocale();
  return (
    <Table caption={t("history.caption")}>
      <thead>
        <tr>
          <Th>{t("history.when")}</Th>
          <Th>{t("history.who")}</Th>
          <Th>{t("history.from")}</Th>
          <Th>{t("history.to")}</Th>
          <Th>{t("history.note")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>{formatDateTime(r.at, locale)}</Td>
            <Td>{r.byName ?? t("history.system")}</Td>
            <Td>{r.fromStage ? t(`stages.${r.fromStage}`) : "–"}</Td>
            <Td>{t(`stages.${r.toStage}`)}</Td>
            <Td>
              {r.toEmployer && r.note && <span className="font-semibold">{t("history.toEmployer")}: </span>}
              {r.note ?? ""}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
