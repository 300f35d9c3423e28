import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/i18n/format";
import type { FormAction } from "@/lib/auth/action";
import type { BoardCard } from "@/lib/placements/data/board";
import { CLOSED_STAGES, MAIN_STAGES } from "@/lib/placements/rules";
import { MoveForm } from "./move-form";
import { StageBadge } from "./stage-badge";

/**
 * Placements in columns by stage. Moving is done with buttons, not dragging, so it works with a
 * keyboard and on a phone; on narrow screens the columns stack.
 */
export async function Board({
  cards,
  returnTo,
  showSlot = true,
  empty,
  moveAction,
}: {
  cards: BoardCard[];
  returnTo: string;
  showSlot?: boolean;
  empty: React.ReactNode;
  /** The staff's move, from app/(app)/placements/actions. */
  moveAction: FormAction;
}) {
  const t = await getTranslations("placements");
  const locale = await getLocale();
  if (cards.length === 0) return <EmptyState>{empty}</EmptyState>;
  const columns = [
    ...MAIN_STAGES.map((stage) => ({
      key: stage,
      title: t(`columns.${stage}`),
      cards: cards.filter((c) => c.stage === stage),
    })),
    { key: "closed", title: t("columns.closed"), cards: cards.filter((c) => CLOSED_STAGES.includes(c.stage)) },
  ];
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {columns.map((col) => (
        <section
          key={col.key}
          aria-labelledby={`col-${col.key}`}
          className="flex flex-col gap-3 rounded bg-surface p-3"
        >
          <h2 id={`col-${col.key}`} className="text-lg font-semibold">
            {col.title} <span className="font-normal text-muted">({col.cards.length})</span>
          </h2>
          {col.cards.length === 0 ? (
            <p className="text-muted">{t("board.emptyColumn")}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {col.cards.map((c) => (
                <li key={c.id} className="flex flex-col gap-2 rounded border border-line bg-white p-3">
                  <Link href={`/placements/${c.id}`} className="font-semibold">
                    {c.participantName}
                  </Link>
                  {showSlot && (
                    <p>
                      {c.slotTitle}, {c.employerName}
                    </p>
                  )}
                  <p>
                    <StageBadge stage={c.stage} />
                  </p>
                  {c.stage === "interview" && c.interviewAt && (
                    <p>{t("board.interviewAt", { at: formatDateTime(c.interviewAt, locale) })}</p>
                  )}
                  {c.stage === "completed" && c.outcome && (
                    <p>{t("board.outcome", { outcome: t(`move.outcomes.${c.outcome}`) })}</p>
                  )}
                  {c.quick && (
                    <MoveForm
                      id={c.id}
                      version={c.version}
                      to={c.quick}
                      action={moveAction}
                      returnTo={returnTo}
                      label={t(`board.quick.${c.quick}`, { name: c.participantName })}
                    />
                  )}
                  {c.stage === "agreement" && (
                    <Link href={`/placements/${c.id}/agreement`}>{t("board.openAgreement")}</Link>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
