import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { staffSchedule } from "@/lib/interviews/data/schedule";
import { viewerSchedule } from "@/lib/interviews/data/views";
import { parseView } from "./schedule-views";
import { StaffView } from "./staff-view";
import { ViewerView } from "./viewer-view";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("interviews");
  return { title: t("title") };
}

/** Organizers plan and publish; employers and municipality staff see their part once published. */
async function SchedulePageContent({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireCtx("events.read");
  const { id } = await params;
  const { access } = await orNotFound(loadEvent(ctx, id));
  if (access === "organizer")
    return <StaffView data={await orNotFound(staffSchedule(ctx, id))} view={parseView(await searchParams)} />;
  return <ViewerView data={await orNotFound(viewerSchedule(ctx, id))} />;
}

/** Every branch of the page renders inside the messages its client components use. */
export default function SchedulePage(props: Parameters<typeof SchedulePageContent>[0]) {
  return (
    <ClientMessages namespaces={["interviews.messages", "interviews.staff"]}>
      <SchedulePageContent {...props} />
    </ClientMessages>
  );
}
