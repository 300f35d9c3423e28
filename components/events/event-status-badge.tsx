import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { EventStatus } from "@/db/schema/events";

const TONES = { draft: "neutral", published: "success", completed: "info", cancelled: "warning" } as const;

/** An event's status as a tag with text. */
export async function EventStatusBadge({ status }: { status: EventStatus }) {
  const t = await getTranslations("events.statuses");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
