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
export default async function LeadsPage({ params }: { params: Promise<{ id: string }> }) {
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
    <ClientMessages namespaces={["leads"]}>
      <>
        <PageHeader title={t("title")} lead={t("organizerLead", { event: event.title })} />
        <OrganizerLeads ctx={ctx} eventId={id} />
      </>
    </ClientMessages>
  );
}
