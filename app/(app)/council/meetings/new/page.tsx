import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/council/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { mayRunMeetings } from "@/lib/council/access";
import { loadCouncil } from "@/lib/council/data/council";
import { createMeetingAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("new") };
}

/** The secretariat plans a meeting; other members get 404. */
export default async function NewMeetingPage() {
  const scope = await loadCouncil(await requireCtx("council.contribute"));
  if (!scope || !mayRunMeetings(scope.role)) notFound();
  const t = await getTranslations("meetings");
  return (
    <ClientMessages namespaces={["meetings.form"]}>
      <>
        <PageHeader title={t("new")} lead={t("form.lead")} />
        <MeetingForm action={createMeetingAction} initial={{}} owners={scope.members} cancelHref="/council/meetings" />
      </>
    </ClientMessages>
  );
}
