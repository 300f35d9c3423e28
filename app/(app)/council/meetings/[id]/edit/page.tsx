import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/council/meeting-form";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { meetingToFormValues } from "@/lib/council/form-values";
import { loadMeeting } from "@/lib/council/data/meetings";
import { isOpenForPlanning } from "@/lib/council/rules";
import { updateMeetingAction } from "../../actions";
import { ClientMessages } from "@/components/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { meeting } = await orNotFound(loadMeeting(await requireCtx("council.contribute"), (await params).id));
  return { title: (await getTranslations("meetings"))("editTitle", { title: meeting.title }) };
}

/** The secretariat changes a planned meeting and its agenda. */
export default async function EditMeetingPage({ params }: Params) {
  const { id } = await params;
  const page = await orNotFound(loadMeeting(await requireCtx("council.contribute"), id));
  if (!page.runsMeetings || !isOpenForPlanning(page.meeting)) notFound();
  const t = await getTranslations("meetings");
  return (
    <ClientMessages namespaces={["meetings.form"]}>
      <>
        <PageHeader
          title={t("editTitle", { title: page.meeting.title })}
          lead={page.meeting.invitationSentAt ? t("form.leadSent") : t("form.lead")}
        />
        <MeetingForm
          action={updateMeetingAction}
          initial={meetingToFormValues(page.meeting, page.agenda)}
          owners={page.scope.members}
          cancelHref={`/council/meetings/${id}`}
        />
      </>
    </ClientMessages>
  );
}
