import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { listDoor } from "@/lib/check-in/data";
import { hasEnded } from "@/lib/check-in/rules";
import { markNoShowsAction } from "../actions";
import { NoShowsForm } from "./no-shows-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkIn.noShows"))("title") };
}

/** Asks before marking: the count is named, and nothing happens before the event is over. */
export default async function NoShowsPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("events.manage");
  const { id } = await params;
  const { event, counts } = await orNotFound(listDoor(ctx, id));
  const t = await getTranslations("checkIn.noShows");
  const ended = hasEnded(event, new Date());
  return (
    <ClientMessages namespaces={["checkIn.noShows"]}>
      <>
        <PageHeader title={t("title")} lead={t("confirmLead", { event: event.title })} />
        <div className="flex max-w-2xl flex-col gap-6">
          {!ended ? (
            <Alert tone="info">{t("notEnded")}</Alert>
          ) : counts.unmarkedNoShows === 0 ? (
            <Alert tone="info">{t("nothing")}</Alert>
          ) : (
            <NoShowsForm action={markNoShowsAction} eventId={id} count={counts.unmarkedNoShows} />
          )}
          <p>
            <Link href={`/events/${id}/check-in`}>{t("back")}</Link>
          </p>
        </div>
      </>
    </ClientMessages>
  );
}
