import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PlacementStage } from "@/db/schema/pipeline";

const tone: Record<PlacementStage, "neutral" | "info" | "success" | "warning" | "danger"> = {
  suggested: "neutral",
  proposed: "info",
  employer_interested: "info",
  interview: "info",
  agreement: "warning",
  active: "success",
  completed: "success",
  declined_by_employer: "neutral",
  declined_by_participant: "neutral",
  withdrawn: "neutral",
};

/** The stage as a tag with text: never colour alone. */
export async function StageBadge({ stage, unavailable = false }: { stage: PlacementStage; unavailable?: boolean }) {
  const t = await getTranslations("placements");
  return (
    <Badge tone={unavailable ? "neutral" : tone[stage]}>{unavailable ? t("unavailable") : t(`stages.${stage}`)}</Badge>
  );
}
