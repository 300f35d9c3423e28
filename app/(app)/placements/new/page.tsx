import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CandidateProfile } from "@/components/placements/candidate-profile";
import { StageBadge } from "@/components/placements/stage-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { proposalPreview } from "@/lib/placements/data/proposals";
import { ProposeForm } from "./propose-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placements.propose"))("title") };
}

export default async function ProposePage({
  searchParams,
}: {
  searchParams: Promise<{ slot?: string; participant?: string }>;
}) {
  const ctx = await requireCtx("placements.manage");
  const { slot, participant } = await searchParams;
  if (!slot || !participant) notFound();
  const preview = await orNotFound(proposalPreview(ctx, slot, participant));
  const t = await getTranslations("placements.propose");
  const name = preview.participant.name;
  const first = preview.profile.firstName;
  return (
    <ClientMessages namespaces={["placements.propose"]}>
      <>
        <PageHeader
          title={t("titleFor", { name, slot: preview.slot.title })}
          lead={t("lead", { employer: preview.slot.employerName })}
        />
        <div className="flex max-w-3xl flex-col gap-6">
          <section aria-labelledby="employer-sees" className="flex flex-col gap-2">
            <h2 id="employer-sees" className="text-xl font-semibold">
              {t("employerSees", { employer: preview.slot.employerName })}
            </h2>
            <p className="text-muted">{t("employerSeesLead")}</p>
            <CandidateProfile profile={preview.profile} />
          </section>
          {!preview.consent ? (
            <Alert tone="error" role="alert">
              <p>{t("noConsent", { name: first })}</p>
              <p className="mt-2">
                <Link href={`/participants/${preview.participant.id}#consent`}>
                  {t("recordConsent", { name: first })}
                </Link>
              </p>
            </Alert>
          ) : preview.existing ? (
            <Alert tone="info">
              <p>
                {t("already", { name: first })} <StageBadge stage={preview.existing.stage} />
              </p>
              <p className="mt-2">
                <Link href={`/placements/${preview.existing.id}`}>{t("openExisting")}</Link>
              </p>
            </Alert>
          ) : preview.slot.status !== "open" ? (
            <Alert tone="error" role="alert">
              {t("slotNotOpen")}
            </Alert>
          ) : (
            <ProposeForm
              slotId={preview.slot.id}
              participantId={preview.participant.id}
              cancelHref={`/slots/${preview.slot.id}/pipeline`}
            />
          )}
        </div>
      </>
    </ClientMessages>
  );
}
