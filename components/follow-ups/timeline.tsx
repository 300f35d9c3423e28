import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/i18n/format";
import type { TimelineEvent } from "@/lib/timeline/data";

const tone = {
  contact: "info",
  status: "neutral",
  consentGiven: "success",
  consentWithdrawn: "warning",
  work: "success",
  outcome: "neutral",
} as const;

/**
 * A participant's or an employer's history, newest first, as an ordered list: each event has
 * its date and a text tag naming its kind. `show` picks the links that make sense on the page:
 * the employer on a participant's timeline, the participant on an employer's.
 */
export async function Timeline({
  events,
  show = "employer",
  headingLevel = 3,
}: {
  events: TimelineEvent[];
  show?: "employer" | "participant";
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("followUps.timeline");
  const tc = await getTranslations("followUps.contact");
  const locale = await getLocale();
  const date = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), locale);
  const H = headingLevel === 2 ? "h2" : "h3";
  if (events.length === 0) return <p>{t("empty")}</p>;

  const employer = (e: { employerId: string | null; employerName: string | null }) =>
    e.employerName && show === "employer" ? (
      <p>
        {e.employerId ? (
          <Link href={`/follow-ups/employers/${e.employerId}`}>{t("with", { name: e.employerName })}</Link>
        ) : (
          t("with", { name: e.employerName })
        )}
      </p>
    ) : null;
  const participant = (e: { participant?: { id: string; name: string } | "anonymized" | null }) =>
    show === "participant" && e.participant ? (
      <p>
        {e.participant === "anonymized" ? (
          t("anonymized")
        ) : (
          <Link href={`/participants/${e.participant.id}`}>{t("about", { name: e.participant.name })}</Link>
        )}
      </p>
    ) : null;

  function body(e: TimelineEvent) {
    switch (e.kind) {
      case "contact":
        return (
          <>
            <H className="font-semibold">{t(`contactKinds.${e.contactKind}`)}</H>
            <p>
              {t("contactLine", { channel: tc(`channels.${e.channel}`), purpose: tc(`purposes.${e.purpose}`) })}
              {e.faceToFace && ` · ${t("faceToFace")}`}
            </p>
            {employer(e)}
            {participant(e)}
            {e.notes ? (
              <p className="whitespace-pre-line">{e.notes}</p>
            ) : e.notesHidden ? (
              <p className="text-muted">{t("notesElsewhere")}</p>
            ) : null}
            {e.staffName && <p className="text-sm text-muted">{t("by", { name: e.staffName })}</p>}
          </>
        );
      case "status":
        return (
          <>
            <H className="font-semibold">
              {e.from
                ? t("statusChanged", { from: t(`statuses.${e.from}`), to: t(`statuses.${e.to}`) })
                : t("statusSet", { to: t(`statuses.${e.to}`) })}
            </H>
            {e.byName && <p className="text-sm text-muted">{t("by", { name: e.byName })}</p>}
          </>
        );
      case "consentGiven":
        return (
          <>
            <H className="font-semibold">
              {t("consentGiven", { scope: t(`scopes.${e.scope}`), method: t(`methods.${e.method}`) })}
            </H>
            {e.byName && <p className="text-sm text-muted">{t("by", { name: e.byName })}</p>}
          </>
        );
      case "consentWithdrawn":
        return (
          <>
            <H className="font-semibold">{t("consentWithdrawn", { scope: t(`scopes.${e.scope}`) })}</H>
            {e.byName && <p className="text-sm text-muted">{t("by", { name: e.byName })}</p>}
          </>
        );
      case "work":
        return (
          <>
            <H className="font-semibold">
              {t("workLine", { kind: t(`workKinds.${e.workKind}`), employer: e.employerName })}
            </H>
            <p>
              {e.endsOn
                ? t("workPeriod", { start: date(e.startsOn), end: date(e.endsOn) })
                : t("workOpen", { start: date(e.startsOn) })}
            </p>
            {show === "employer" && e.employerId && (
              <p>
                <Link href={`/follow-ups/employers/${e.employerId}`}>{t("with", { name: e.employerName })}</Link>
              </p>
            )}
            {participant(e)}
          </>
        );
      case "outcome":
        return (
          <>
            <H className="font-semibold">
              {t("outcomeLine", { timepoint: t(`timepoints.${e.timepoint}`), outcome: t(`outcomes.${e.outcome}`) })}
            </H>
            {e.reason && <p>{t("reason", { reason: e.reason })}</p>}
          </>
        );
    }
  }

  return (
    <ol className="flex flex-col border-l-2 border-line">
      {events.map((e) => (
        <li key={`${e.kind}:${e.id}`} className="relative flex flex-col gap-1 py-3 pl-5">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <time dateTime={e.on} className="font-semibold">
              {date(e.on)}
            </time>
            <Badge tone={tone[e.kind]}>{t(`kinds.${e.kind}`)}</Badge>
          </p>
          {body(e)}
        </li>
      ))}
    </ol>
  );
}
