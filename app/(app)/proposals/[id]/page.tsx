import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CandidateProfile } from "@/components/placements/candidate-profile";
import { CefrGlossary } from "@/components/placements/cefr-glossary";
import { MoveForm } from "@/components/placements/move-form";
import { answerAction } from "../actions";
import { StageBadge } from "@/components/placements/stage-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { CONTACT_STAGES, isClosingMove } from "@/lib/placements/rules";
import { employerProposal } from "@/lib/placements/data/proposals";
import { employerStage } from "@/lib/placements/employer-view";
import { AnswerNextStep, InterviewDetails } from "./answer-parts";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placements.proposals"))("detailTitle") };
}

async function ProposalPageContent({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ moved?: string }>;
}) {
  const ctx = await requireCtx("proposals.answer");
  const { id } = await params;
  const { moved } = await searchParams;
  const p = await orNotFound(employerProposal(ctx, id));
  const t = await getTranslations("placements");
  if (p.unavailable) {
    return (
      <>
        <PageHeader title={t("proposals.unavailableTitle", { slot: p.slotTitle })} />
        <Alert tone="info">
          <p>{t("proposals.unavailable")}</p>
          <p className="mt-2">
            <Link href="/proposals">{t("proposals.back")}</Link>
          </p>
        </Alert>
      </>
    );
  }
  const names = { name: p.profile.firstName, slot: p.slotTitle };
  return (
    <>
      <PageHeader title={t("proposals.titleFor", names)} lead={<StageBadge stage={p.stage} forEmployer />}>
        <p className="no-print flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/proposals">{t("proposals.back")}</Link>
          {CONTACT_STAGES.includes(p.stage) && (
            <Link href={`/placements/${p.id}/agreement`}>{t("proposals.agreement")}</Link>
          )}
        </p>
      </PageHeader>
      {moved && <AnswerNextStep moved={moved} names={names} />}
      <div className="grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="candidate" className="flex flex-col gap-2">
          <h2 id="candidate" className="text-xl font-semibold">
            {t("proposals.candidate")}
          </h2>
          <p className="text-muted">{t("proposals.candidateLead")}</p>
          {p.message && (
            <figure className="mb-2 rounded border border-line bg-surface p-4">
              <figcaption className="font-semibold">{t("proposals.message")}</figcaption>
              <blockquote className="mt-1 whitespace-pre-line">{p.message}</blockquote>
            </figure>
          )}
          <CandidateProfile profile={p.profile} />
          <CefrGlossary className="mt-2" />
          {p.contact && (
            <dl className="mt-4">
              <dt className="font-semibold">{t("proposals.contact")}</dt>
              <dd>
                {[`${p.profile.firstName} ${p.contact.lastName}`, p.contact.phone, p.contact.email]
                  .filter(Boolean)
                  .join(" · ")}
              </dd>
            </dl>
          )}
        </section>
        <section aria-labelledby="answer" className="no-print flex flex-col gap-4">
          <h2 id="answer" className="text-xl font-semibold">
            {t("proposals.answer")}
          </h2>
          <div>
            <h3 className="font-semibold">{t("proposals.nextHeading")}</h3>
            <p>{t(`employerNext.${employerStage(p.stage)}`)}</p>
          </div>
          {p.interviewAt && <InterviewDetails at={p.interviewAt} note={p.interviewNote} />}
          {p.moves.length === 0 && (
            <p>{t(CONTACT_STAGES.includes(p.stage) ? "proposals.seeAgreement" : "proposals.nothingToAnswer")}</p>
          )}
          <div className="flex flex-col items-start gap-4">
            {p.moves.map((to) => (
              <MoveForm
                key={to}
                id={p.id}
                version={p.version}
                to={to}
                action={answerAction}
                label={t(`proposals.labels.${to}`)}
                question={isClosingMove(to) ? t("proposals.declineQuestion", names) : undefined}
                reasonHint={to === "declined_by_employer" ? t("proposals.declineHint") : undefined}
              />
            ))}
          </div>
        </section>
      </div>
    </>
  );
}

/** Every branch of the page renders inside the messages its client components use. */
export default function ProposalPage(props: Parameters<typeof ProposalPageContent>[0]) {
  return (
    <ClientMessages namespaces={["placements.move"]}>
      <ProposalPageContent {...props} />
    </ClientMessages>
  );
}
