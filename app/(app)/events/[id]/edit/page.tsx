import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { listCohostOptions, loadEvent } from "@/lib/events/data";
import { updateEventAction } from "../../actions";
import { EventForm } from "../../event-form";
import { eventToFormValues } from "../../form-values";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.form"))("editPageTitle") };
}

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("events.manage");
  const { id } = await params;
  const scope = await orNotFound(loadEvent(ctx, id, ["organizer"]));
  const t = await getTranslations("events.form");
  return (
    <ClientMessages namespaces={["events"]}>
      <>
        <PageHeader title={t("editTitle", { title: scope.event.title })} />
        <EventForm
          action={updateEventAction}
          initial={eventToFormValues(scope)}
          cohostOptions={await listCohostOptions(ctx)}
          cancelHref={`/events/${id}`}
        />
      </>
    </ClientMessages>
  );
}
