import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PlacementStage } from "@/db/schema/pipeline";
import { employerStage } from "@/lib/placements/employer-view";

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

/** The stage as a tag with text: never colour alone. `forEmployer` gives the employer's own words for it. */
export async function StageBadge({
  stage,
  unavailable = false,
  forEmployer = false,
}: {
  stage: PlacementStage;
  unavailable?: boolean;
  forEmployer?: boolean;
}) {
  const t = await getTranslations("placements");
  const label = unavailable
    ? t("unavailable")
    : forEmployer
      ? t(`employerStages.${employerStage(stage)}`)
      : t(`stages.${stage}`);
  return <Badge tone={unavailable ? "neutral" : tone[stage]}>{label}</Badge>;
}
