import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ParticipantStatus } from "@/db/schema/participants";

const tone = { enrolled: "info", on_leave: "warning", completed: "success", ended_early: "neutral" } as const;

export async function StatusBadge({ status }: { status: ParticipantStatus }) {
  const t = await getTranslations("participants.statuses");
  return <Badge tone={tone[status]}>{t(status)}</Badge>;
}
