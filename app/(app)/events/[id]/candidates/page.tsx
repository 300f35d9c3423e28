import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { mayRegisterParticipants } from "@/lib/events/access";
import { loadEvent } from "@/lib/events/data";
import { candidateFiltersSchema } from "@/lib/fair-candidates/schemas";
import { ExhibitorView } from "./exhibitor-view";
import { Figures } from "./figures";
import { MunicipalityView } from "./municipality-view";
import { OrganizerView } from "./organizer-view";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("fairCandidates"))("title") };
}

/** One tab, four views: what the caller sees depends on how they take part in the fair (lib/events/access). */
async function CandidatesPageContent({ params, searchParams }: Props) {
  const ctx = await requireCtx("events.read");
  const { id } = await params;
  const { event, access } = await orNotFound(loadEvent(ctx, id));
  const t = await getTranslations("fairCandidates");
  if (event.kind !== "career_fair") {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("notAFair")}</EmptyState>
      </>
    );
  }
  if (access === "organizer")
    return <OrganizerView ctx={ctx} eventId={id} filters={candidateFiltersSchema.parse(await searchParams)} />;
  if (mayRegisterParticipants(access, ctx.membership.role)) return <MunicipalityView ctx={ctx} event={event} />;
  if (access === "employer") return <ExhibitorView ctx={ctx} eventId={id} />;
  return (
    <>
      <PageHeader title={t("title")} lead={t("cohostLead")} />
      <Figures ctx={ctx} eventId={id} />
    </>
  );
}

/** Every branch of the page renders inside the messages its client components use. */
export default function CandidatesPage(props: Parameters<typeof CandidatesPageContent>[0]) {
  return (
    <ClientMessages namespaces={["fairCandidates"]}>
      <CandidatesPageContent {...props} />
    </ClientMessages>
  );
}
