import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { EmployerLeads } from "./employer-leads";
import { OrganizerLeads } from "./organizer-leads";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leads"))("title") };
}

/** Leads after the fair: employers record them, the organizer follows up public candidates'. */
async function LeadsPageContent({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("events.read");
  const { id } = await params;
  const { event, access } = await orNotFound(loadEvent(ctx, id, ["employer", "organizer"]));
  if (event.kind !== "career_fair") notFound();
  const t = await getTranslations("leads");
  if (access === "employer" && can(ctx.membership.role, "fairs.exhibit")) {
    return (
      <>
        <PageHeader title={t("title")} lead={t("employerLead", { event: event.title })} />
        <EmployerLeads ctx={ctx} eventId={id} />
      </>
    );
  }
  if (access !== "organizer") notFound();
  return (
    <>
      <PageHeader title={t("title")} lead={t("organizerLead", { event: event.title })} />
      <OrganizerLeads ctx={ctx} eventId={id} />
    </>
  );
}

/** Every branch of the page renders inside the messages its client components use. */
export default function LeadsPage(props: Parameters<typeof LeadsPageContent>[0]) {
  return (
    <ClientMessages namespaces={["leads"]}>
      <LeadsPageContent {...props} />
    </ClientMessages>
  );
}
