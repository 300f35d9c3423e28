import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { DescriptionItem } from "@/components/ui/description-item";
import type { PlacementStage } from "@/db/schema/pipeline";
import { formatDateTime } from "@/lib/i18n/format";
import { employerStage } from "@/lib/placements/employer-view";

const ANSWERS = ["employer_interested", "interview", "declined_by_employer"] as const;

/** The thanks after an answer, and in plain words what happens next. */
export async function AnswerNextStep({ moved, names }: { moved: string; names: { name: string; slot: string } }) {
  const t = await getTranslations("placements");
  const answer = ANSWERS.find((a) => a === moved) ?? "employer_interested";
  return (
    <div className="mb-6">
      <Alert tone="success" role="status">
        <p>{t(`proposals.answered.${answer}`, names)}</p>
        <p className="mt-1">
          <span className="font-semibold">{t("proposals.nextStep")}</span>{" "}
          {t(`employerNext.${employerStage(answer as PlacementStage)}`)}
        </p>
      </Alert>
    </div>
  );
}

/** The interview time the employer proposed and the note they wrote with it, shown back to them. */
export async function InterviewDetails({ at, note }: { at: Date; note: string | null }) {
  const t = await getTranslations("placements.proposals");
  const locale = await getLocale();
  return (
    <div>
      <h3 className="font-semibold">{t("interviewHeading")}</h3>
      <dl>
        <DescriptionItem term={t("interviewTime")}>{formatDateTime(at, locale)}</DescriptionItem>
        {note && <DescriptionItem term={t("interviewNote")}>{note}</DescriptionItem>}
      </dl>
    </div>
  );
}
