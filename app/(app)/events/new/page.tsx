import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { listCohostOptions } from "@/lib/events/data";
import { createEventAction } from "../actions";
import { EventForm } from "../event-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.form"))("newTitle") };
}

export default async function NewEventPage() {
  const ctx = await requireCtx("events.manage");
  const t = await getTranslations("events.form");
  const cohostOptions = await listCohostOptions(ctx);
  return (
    <ClientMessages namespaces={["events"]}>
      <>
        <PageHeader title={t("newTitle")} lead={t("newLead")} />
        <EventForm
          action={createEventAction}
          initial={{ kind: "career_fair", startTime: "09:00", endTime: "15:00" }}
          cohostOptions={cohostOptions}
          cancelHref="/events"
        />
      </>
    </ClientMessages>
  );
}
