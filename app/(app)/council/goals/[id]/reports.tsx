import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { GoalUnit } from "@/db/schema/council";
import type { CouncilInScope } from "@/lib/council/data/council";
import { listReports } from "@/lib/goals/data/contributions";
import { formatDate } from "@/lib/i18n/format";
import { goalFormatters } from "../figures";

/** A manual goal's reported figures, newest first, with who reported them. */
export async function Reports({ scope, goalId, unit }: { scope: CouncilInScope; goalId: string; unit: GoalUnit }) {
  const t = await getTranslations("goals.reports");
  const locale = await getLocale();
  const { figure } = await goalFormatters();
  const rows = await listReports(scope, goalId);
  return (
    <div>
      <h2 id="reports-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table caption={t("caption")}>
          <thead>
            <tr>
              <Th>{t("reportedFor")}</Th>
              <Th>{t("value")}</Th>
              <Th>{t("by")}</Th>
              <Th>{t("note")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>{formatDate(new Date(r.reportedFor), locale)}</Td>
                <Td>{figure(r.value, unit)}</Td>
                <Td>{[r.reporterName, r.organizationName].filter(Boolean).join(", ")}</Td>
                <Td>{r.note ?? ""}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
