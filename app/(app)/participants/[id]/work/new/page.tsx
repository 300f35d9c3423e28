import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { listEmployers, openParticipantForm } from "@/lib/follow-ups/data/follow-ups";
import { WorkForm } from "./work-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUps.work"))("title") };
}

export default async function RegisterWorkPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("participants.write");
  const { id } = await params;
  const participant = await orNotFound(openParticipantForm(ctx, id, "work"));
  const employers = await listEmployers(ctx);
  const t = await getTranslations("followUps.work");
  return (
    <ClientMessages namespaces={["followUps.work"]}>
      <>
        <PageHeader title={t("titleFor", { name: participant.name })} lead={t("lead")} />
        <WorkForm participantId={participant.id} employers={employers.map((e) => ({ value: e.id, label: e.name }))} />
      </>
    </ClientMessages>
  );
}
