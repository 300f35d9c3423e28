import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { SlotStatus } from "@/db/schema/pipeline";

const TONES = { open: "success", draft: "neutral", filled: "info", closed: "warning" } as const;

/** A slot's status as a tag with text. */
export async function SlotStatusBadge({ status }: { status: SlotStatus }) {
  const t = await getTranslations("slots.statuses");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
