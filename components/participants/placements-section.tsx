import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/placements/stage-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { ParticipantPlacement } from "@/lib/placements/data/board";

/** The participant's proposals and placements, each linking to its history and agreement. */
export async function PlacementsSection({ rows, findHref }: { rows: ParticipantPlacement[]; findHref?: string }) {
  const t = await getTranslations("participants.placements");
  const locale = await getLocale();
  return (
    <section aria-labelledby="placements" className="flex flex-col gap-3">
      <h2 id="placements" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {rows.length === 0 ? (
        <p>
          {t("none")} {findHref && <Link href={findHref}>{t("find")}</Link>}
        </p>
      ) : (
        <Table caption={t("caption")}>
          <thead>
            <tr>
              <Th>{t("slot")}</Th>
              <Th>{t("stage")}</Th>
              <Th>{t("updated")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`/placements/${r.id}`}>{r.slotTitle}</Link>, {r.employerName}
                </Td>
                <Td>
                  <StageBadge stage={r.stage} />
                </Td>
                <Td>{formatDate(r.updatedAt, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
