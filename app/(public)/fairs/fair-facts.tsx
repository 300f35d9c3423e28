import { getLocale, getTranslations } from "next-intl/server";
import { DescriptionItem } from "@/components/ui/description-item";
import { formatDateTime, formatTime } from "@/lib/i18n/format";
import type { EducationLevel } from "@/lib/fair-candidates/rules";

/** When, where, who and for whom: the facts of a fair, on the registration and the manage page. */
export async function FairFacts({
  fair,
}: {
  fair: {
    startsAt: Date;
    endsAt: Date;
    venue: string;
    organizer: string;
    minEducation?: EducationLevel | null;
    registrationClosesAt?: Date | null;
  };
}) {
  const t = await getTranslations("publicFair");
  const locale = await getLocale();
  const endTime = formatTime(fair.endsAt, locale);
  return (
    <dl className="mb-6 max-w-3xl">
      <DescriptionItem term={t("facts.when")}>{`${formatDateTime(fair.startsAt, locale)}–${endTime}`}</DescriptionItem>
      <DescriptionItem term={t("facts.venue")}>{fair.venue}</DescriptionItem>
      <DescriptionItem term={t("facts.organizer")}>{fair.organizer}</DescriptionItem>
      {fair.minEducation !== undefined && (
        <DescriptionItem term={t("facts.forWhom")}>
          {fair.minEducation ? t(`eligibility.${fair.minEducation}`) : t("eligibility.anyone")}
        </DescriptionItem>
      )}
      {fair.registrationClosesAt && (
        <DescriptionItem term={t("facts.closes")}>{formatDateTime(fair.registrationClosesAt, locale)}</DescriptionItem>
      )}
    </dl>
  );
}
