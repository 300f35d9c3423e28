import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SectionTabs } from "@/components/ui/section-tabs";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { eventTabs } from "@/lib/events/tabs";

/** Every page of one event: a way back to the list, the event's name and its sections. */
export default async function EventLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const ctx = await requireCtx("events.read");
  const { id } = await params;
  const { event, access } = await orNotFound(loadEvent(ctx, id));
  const t = await getTranslations("events");
  const items = eventTabs(event.kind, access, ctx.membership.role).map((x) => ({
    href: `/events/${id}${x.path}`,
    text: t(`tabs.${x.tab}`),
  }));
  return (
    <>
      <p className="no-print mb-2">
        <Link href="/events">{t("backToList")}</Link>
      </p>
      <SectionTabs label={t("tabs.label", { title: event.title })} items={items} />
      {children}
    </>
  );
}
