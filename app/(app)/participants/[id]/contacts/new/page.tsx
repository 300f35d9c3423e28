import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { followUpTitles } from "@/components/follow-ups/follow-up-title";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { followUpEmployer } from "@/lib/follow-ups/data/employer";
import { findFollowUp, listEmployers, openParticipantForm } from "@/lib/follow-ups/data/follow-ups";
import { formatDate } from "@/lib/i18n/format";
import { osloDate } from "@/lib/time/oslo";
import { ContactForm } from "./contact-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUps.contact"))("title") };
}

export default async function LogContactPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ followUp?: string; from?: string }>;
}) {
  const ctx = await requireCtx("followups.write");
  const { id } = await params;
  const query = await searchParams;
  const participant = await orNotFound(openParticipantForm(ctx, id, "contact"));
  const [followUp, employers] = await Promise.all([
    query.followUp ? orNotFound(findFollowUp(ctx, id, query.followUp)) : null,
    listEmployers(ctx),
  ]);
  // A follow-up about an employer (a fair lead, an employer contact's next step) starts there.
  const employer = followUp ? await followUpEmployer(ctx, followUp.id) : null;
  const t = await getTranslations("followUps.contact");
  const title = await followUpTitles();
  const locale = await getLocale();
  const initial: Record<string, string> = {
    participantId: participant.id,
    kind: "participant",
    contactDate: osloDate(new Date()),
    ...(followUp && { followUpId: followUp.id, purpose: "follow_along" }),
    ...(employer && { kind: "employer", employerId: employer.id }),
    ...(query.from === "due" && { from: "due" }),
  };
  return (
    <ClientMessages namespaces={["followUps.contact"]}>
      <>
        <PageHeader title={t("titleFor", { name: participant.name })} lead={t("lead")} />
        {followUp && (
          <div className="mb-6 max-w-3xl">
            <Alert tone="info">
              {t("completes", {
                title: title(followUp),
                date: formatDate(new Date(`${followUp.dueOn}T12:00:00Z`), locale),
              })}
            </Alert>
          </div>
        )}
        <ContactForm
          initial={initial}
          employers={employers.map((e) => ({ value: e.id, label: e.name }))}
          cancelHref={query.from === "due" ? "/follow-ups" : `/participants/${participant.id}`}
        />
      </>
    </ClientMessages>
  );
}
