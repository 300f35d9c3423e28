import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { DueState } from "@/lib/follow-ups/rules";

const tone = { overdue: "danger", today: "warning", upcoming: "neutral" } as const;

export async function DueStateBadge({ state }: { state: DueState }) {
  const t = await getTranslations("followUps.states");
  return <Badge tone={tone[state]}>{t(state)}</Badge>;
}
