import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { DueFollowUp } from "@/lib/follow-ups/data/follow-ups";
import { dueState } from "@/lib/follow-ups/rules";
import { formatDate } from "@/lib/i18n/format";
import { DueStateBadge } from "./due-state-badge";
import { followUpTitles } from "./follow-up-title";

/**
 * The open follow-ups of one participant (next steps and the IPS cadence after a job
 * start), for the participant page. Rows come from listParticipantFollowUps(ctx, participantId).
 */
export async function PlannedFollowUps({
  participantId,
  rows,
  today,
}: {
  participantId: string;
  rows: DueFollowUp[];
  today: string;
}) {
  const t = await getTranslations("followUps");
  const title = await followUpTitles();
  const locale = await getLocale();
  return (
    <section aria-labelledby="planned-follow-ups" className="flex flex-col gap-3">
      <h2 id="planned-follow-ups" className="text-xl font-semibold">
        {t("planned.title")}
      </h2>
      {rows.length === 0 ? (
        <p>{t("planned.none")}</p>
      ) : (
        <Table caption={t("planned.caption")}>
          <thead>
            <tr>
              <Th>{t("what")}</Th>
              <Th>{t("due")}</Th>
              <Th>{t("state")}</Th>
              <Th>{t("actions")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.id}>
                <Td>
                  {title(f)}
                  <span className="block text-sm text-muted">{t(`sources.${f.source}`)}</span>
                </Td>
                <Td>{formatDate(new Date(`${f.dueOn}T12:00:00Z`), locale)}</Td>
                <Td>
                  <DueStateBadge state={dueState(f.dueOn, today)} />
                </Td>
                <Td>
                  <Link href={`/participants/${participantId}/contacts/new?followUp=${f.id}`}>
                    {t("logContact")} <span className="sr-only">{title(f)}</span>
                  </Link>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
