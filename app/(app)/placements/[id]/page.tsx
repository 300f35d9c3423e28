import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HistoryTable } from "@/components/placements/history-table";
import { MoveForm } from "@/components/placements/move-form";
import { moveAction } from "../actions";
import { StageBadge } from "@/components/placements/stage-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { placementDetail, placementHistory } from "@/lib/placements/data/detail";
import { CONTACT_STAGES, isClosingMove } from "@/lib/placements/rules";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placements.detail"))("title") };
}

export default async function PlacementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; moved?: string }>;
}) {
  const ctx = await requireCtx("placements.manage");
  const { id } = await params;
  const { saved, moved } = await searchParams;
  const p = await orNotFound(placementDetail(ctx, id));
  const history = await placementHistory(ctx, id);
  const t = await getTranslations("placements");
  const locale = await getLocale();
  const names = { name: p.firstName, employer: p.employerName, slot: p.slotTitle };
  return (
    <ClientMessages namespaces={["placements.move"]}>
      <>
        <PageHeader
          title={t("detail.titleFor", { name: p.participantName, slot: p.slotTitle })}
          lead={
            <>
              {p.employerName} · <StageBadge stage={p.stage} />
            </>
          }
        >
          <p className="no-print flex flex-wrap gap-x-6 gap-y-2">
            <Link href={`/participants/${p.participantId}`}>
              {t("detail.participant", { name: p.participantName })}
            </Link>
            <Link href={`/slots/${p.slotId}/pipeline`}>{t("detail.slotPipeline")}</Link>
            {CONTACT_STAGES.includes(p.stage) && (
              <Link href={`/placements/${p.id}/agreement`}>{t("detail.agreement")}</Link>
            )}
          </p>
        </PageHeader>
        {(saved || moved) && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {saved === "proposed" ? t("detail.proposed", names) : t("moved")}
            </Alert>
          </div>
        )}
        <div className="grid gap-10 lg:grid-cols-2">
          <section aria-labelledby="facts" className="flex flex-col gap-3">
            <h2 id="facts" className="text-xl font-semibold">
              {t("detail.facts")}
            </h2>
            <dl className="flex flex-col gap-2">
              <div>
                <dt className="font-semibold">{t("detail.proposedBy")}</dt>
                <dd>
                  {t("detail.proposedByText", {
                    name: p.createdByName ?? "–",
                    at: formatDateTime(p.createdAt, locale),
                  })}
                </dd>
              </div>
              {p.interviewAt && (
                <div>
                  <dt className="font-semibold">{t("detail.interviewAt")}</dt>
                  <dd>{formatDateTime(p.interviewAt, locale)}</dd>
                </div>
              )}
              {p.outcome && (
                <div>
                  <dt className="font-semibold">{t("detail.outcome")}</dt>
                  <dd>{t(`move.outcomes.${p.outcome}`)}</dd>
                </div>
              )}
              {p.closeReason && (
                <div>
                  <dt className="font-semibold">{t("detail.closeReason")}</dt>
                  <dd>{p.closeReason}</dd>
                </div>
              )}
            </dl>
          </section>
          <section aria-labelledby="next" className="no-print flex flex-col gap-3">
            <h2 id="next" className="text-xl font-semibold">
              {t("detail.next")}
            </h2>
            {p.stage === "agreement" && <p>{t("detail.agreementNext")}</p>}
            {(p.stage === "proposed" || p.stage === "employer_interested") && (
              <p>{t("detail.waitingForEmployer", names)}</p>
            )}
            {p.moves.length === 0 && p.stage !== "agreement" && <p>{t("detail.noMoves")}</p>}
            <div className="flex flex-col items-start gap-3">
              {p.moves.map((to) => (
                <MoveForm
                  key={to}
                  id={p.id}
                  version={p.version}
                  to={to}
                  action={moveAction}
                  label={t(`move.labels.${to}`)}
                  question={isClosingMove(to) ? t(`move.questions.${to}`, names) : undefined}
                />
              ))}
            </div>
          </section>
        </div>
        <section aria-labelledby="history-heading" className="mt-10">
          <h2 id="history-heading" className="mb-2 text-xl font-semibold">
            {t("history.title")}
          </h2>
          <HistoryTable rows={history} />
        </section>
      </>
    </ClientMessages>
  );
}
