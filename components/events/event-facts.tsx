import { getLocale, getTranslations } from "next-intl/server";
import { DescriptionItem } from "@/components/ui/description-item";
import type { EventInScope } from "@/lib/events/data";
import { osloDate } from "@/lib/time/oslo";
import { closesDateOf } from "@/lib/events/rules";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { formatTime } from "@/lib/i18n/format";

/** What an event is: when, where, who, and its rules, as a description list. */
export async function EventFacts({ scope: { event: e, associationName, cohosts } }: { scope: EventInScope }) {
  const t = await getTranslations("events.facts");
  const te = await getTranslations("events");
  const locale = await getLocale();
  const date = (d: Date) => formatDate(d, locale);
  const time = (d: Date) => formatTime(d, locale);
  // Closing is stored as midnight after the chosen day; people think of the day itself.
  const closes = e.registrationClosesAt
    ? formatDate(new Date(`${closesDateOf(e.registrationClosesAt)}T12:00:00Z`), locale)
    : null;
  const opens = e.registrationOpensAt
    ? formatDate(new Date(`${osloDate(e.registrationOpensAt)}T12:00:00Z`), locale)
    : null;
  const window =
    opens && closes
      ? t("windowBoth", { opens, closes })
      : closes
        ? t("windowCloses", { closes })
        : opens
          ? t("windowOpens", { opens })
          : t("windowNone");
  const fair = e.kind === "career_fair";
  const interviews =
    e.interviewStartsAt && e.interviewMinutes && e.interviewRounds
      ? t("interviewsValue", {
          start: time(e.interviewStartsAt),
          end: time(new Date(e.interviewStartsAt.getTime() + e.interviewMinutes * e.interviewRounds * 60_000)),
          rounds: e.interviewRounds,
          minutes: e.interviewMinutes,
        })
      : t("interviewsNone");
  return (
    <section aria-labelledby="facts-title" className="mb-8">
      <h2 id="facts-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      {e.description && <p className="mb-4 max-w-prose whitespace-pre-line">{e.description}</p>}
      <dl className="max-w-3xl">
        <DescriptionItem term={t("kind")}>{te(`kinds.${e.kind}`)}</DescriptionItem>
        <DescriptionItem term={t("date")}>{date(e.startsAt)}</DescriptionItem>
        <DescriptionItem term={t("time")}>
          {t("timeValue", { start: time(e.startsAt), end: time(e.endsAt) })}
        </DescriptionItem>
        <DescriptionItem term={t("venue")}>{e.venue}</DescriptionItem>
        <DescriptionItem term={t("organizer")}>{associationName}</DescriptionItem>
        <DescriptionItem term={t("cohosts")}>
          {cohosts.length ? cohosts.map((c) => c.name).join(", ") : t("none")}
        </DescriptionItem>
        <DescriptionItem term={t("capacity")}>
          {e.capacity ? t("places", { count: e.capacity, n: formatNumber(e.capacity, locale) }) : t("noLimit")}
        </DescriptionItem>
        {fair && (
          <DescriptionItem term={t("standCapacity")}>
            {e.standCapacity
              ? t("stands", { count: e.standCapacity, n: formatNumber(e.standCapacity, locale) })
              : t("noLimit")}
          </DescriptionItem>
        )}
        <DescriptionItem term={t("registration")}>{window}</DescriptionItem>
        <DescriptionItem term={t("eligibility")}>
          {e.minEducation ? te(`minEducation.${e.minEducation}`) : t("noRequirement")}
        </DescriptionItem>
        {fair && <DescriptionItem term={t("interviews")}>{interviews}</DescriptionItem>}
      </dl>
    </section>
  );
}
