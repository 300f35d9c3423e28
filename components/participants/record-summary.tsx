import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { occupationLabel } from "@/lib/occupations/rules";
import type { ParticipantRecord } from "@/lib/participant-record/data";

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-line py-2 sm:flex-row sm:gap-4">
      <dt className="font-semibold sm:w-56 sm:shrink-0">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Everything recorded about the participant, for municipality staff only. */
export async function RecordSummary({ r }: { r: ParticipantRecord }) {
  const t = await getTranslations("participants");
  const td = await getTranslations("participants.detail");
  const tf = await getTranslations("participants.form");
  const locale = (await getLocale()) as Locale;
  const date = (d: string) => formatDate(new Date(d), locale);
  return (
    <dl>
      <Item term={td("birthYear")}>{r.birthYear}</Item>
      <Item term={td("contact")}>{[r.email, r.phone].filter(Boolean).join(" · ") || td("noContact")}</Item>
      {r.countryOfOrigin && <Item term={tf("countryOfOrigin")}>{r.countryOfOrigin}</Item>}
      <Item term={tf("norwegianLegend")}>
        {(["reading", "writing", "speaking", "listening"] as const)
          .map((s) => `${tf(s)} ${r[`norwegian${s[0].toUpperCase()}${s.slice(1)}` as "norwegianReading"] ?? "–"}`)
          .join(" · ")}
      </Item>
      <Item term={td("languages")}>{r.languages.map((l) => `${t(`languages.${l.language}` as "languages.ar")} ${l.level}`).join(" · ") || "–"}</Item>
      <Item term={td("education")}>{[t(`education.${r.educationLevel}`), r.educationField].filter(Boolean).join(", ")}</Item>
      <Item term={td("experience")}>
        {r.experience.length ? (
          <ul>
            {r.experience.map((e) => (
              <li key={e.iscoCode}>
                {occupationLabel(e.iscoCode)}, {td("experienceYears", { years: e.years })}
              </li>
            ))}
          </ul>
        ) : (
          "–"
        )}
      </Item>
      <Item term={td("wishes")}>
        {r.wishes.length ? (
          <ol className="list-decimal pl-5">
            {r.wishes.map((w) => (
              <li key={w}>{occupationLabel(w)}</li>
            ))}
          </ol>
        ) : (
          td("noWishes")
        )}
      </Item>
      <Item term={td("availability")}>
        {[
          r.hoursPerWeek ? td("hours", { hours: r.hoursPerWeek }) : null,
          r.availableFrom ? td("from", { date: date(r.availableFrom) }) : null,
          r.area,
          r.drivingLicence ? td("licence") : td("noLicence"),
        ]
          .filter(Boolean)
          .join(" · ")}
      </Item>
      <Item term={td("programme")}>
        {t(`tracks.${r.programmeTrack}`)}: {date(r.programmeStart)} – {date(r.programmeEnd)}
      </Item>
      <Item term={td("assigned")}>{r.assignedName ?? td("unassigned")}</Item>
      {r.externalId && <Item term={tf("externalId")}>{r.externalId}</Item>}
    </dl>
  );
}
