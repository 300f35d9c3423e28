import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { occupationLabel } from "@/lib/occupations/rules";
import type { ParticipantRecord } from "@/lib/participant-record/data";
import { DescriptionItem } from "@/components/ui/description-item";

/** Everything recorded about the participant, for municipality staff only. */
export async function RecordSummary({ r }: { r: ParticipantRecord }) {
  const t = await getTranslations("participants");
  const td = await getTranslations("participants.detail");
  const tf = await getTranslations("participants.form");
  const locale = await getLocale();
  const date = (d: string) => formatDate(new Date(d), locale);
  return (
    <dl>
      <DescriptionItem term={td("birthYear")}>{r.birthYear}</DescriptionItem>
      <DescriptionItem term={td("contact")}>
        {[r.email, r.phone].filter(Boolean).join(" · ") || td("noContact")}
      </DescriptionItem>
      {r.countryOfOrigin && <DescriptionItem term={tf("countryOfOrigin")}>{r.countryOfOrigin}</DescriptionItem>}
      <DescriptionItem term={tf("norwegianLegend")}>
        {(["reading", "writing", "speaking", "listening"] as const)
          .map((s) => `${tf(s)} ${r[`norwegian${s[0].toUpperCase()}${s.slice(1)}` as "norwegianReading"] ?? "–"}`)
          .join(" · ")}
      </DescriptionItem>
      <DescriptionItem term={td("languages")}>
        {r.languages.map((l) => `${t(`languages.${l.language}` as "languages.ar")} ${l.level}`).join(" · ") || "–"}
      </DescriptionItem>
      <DescriptionItem term={td("education")}>
        {[t(`education.${r.educationLevel}`), r.educationField].filter(Boolean).join(", ")}
      </DescriptionItem>
      <DescriptionItem term={td("experience")}>
        {r.experience.length ? (
          <ul>
            {r.experience.map((e) => (
              <li key={e.iscoCode}>
                {occupationLabel(e.iscoCode, locale)}, {td("experienceYears", { years: e.years })}
              </li>
            ))}
          </ul>
        ) : (
          "–"
        )}
      </DescriptionItem>
      <DescriptionItem term={td("wishes")}>
        {r.wishes.length ? (
          <ol className="list-decimal pl-5">
            {r.wishes.map((w) => (
              <li key={w}>{occupationLabel(w, locale)}</li>
            ))}
          </ol>
        ) : (
          td("noWishes")
        )}
      </DescriptionItem>
      <DescriptionItem term={td("availability")}>
        {[
          r.hoursPerWeek ? td("hours", { hours: r.hoursPerWeek }) : null,
          r.availableFrom ? td("from", { date: date(r.availableFrom) }) : null,
          r.area,
          r.drivingLicence ? td("licence") : td("noLicence"),
        ]
          .filter(Boolean)
          .join(" · ")}
      </DescriptionItem>
      <DescriptionItem term={td("programme")}>
        {t(`tracks.${r.programmeTrack}`)}: {date(r.programmeStart)} – {date(r.programmeEnd)}
      </DescriptionItem>
      <DescriptionItem term={td("assigned")}>{r.assignedName ?? td("unassigned")}</DescriptionItem>
      {r.externalId && <DescriptionItem term={tf("externalId")}>{r.externalId}</DescriptionItem>}
    </dl>
  );
}
