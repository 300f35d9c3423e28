import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { occupationLabel } from "@/lib/occupations/rules";
import type { ConsentedProfile } from "@/lib/proposals/data";

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 border-b border-line py-2 sm:flex-row sm:gap-4">
      <dt className="font-semibold sm:w-56 sm:shrink-0">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The candidate as an employer sees them: the consented fields and nothing else. */
export async function CandidateProfile({ profile }: { profile: ConsentedProfile }) {
  const t = await getTranslations("placements.profile");
  const tp = await getTranslations("participants");
  const n = profile.norwegian;
  return (
    <dl>
      <Item term={t("firstName")}>{profile.firstName}</Item>
      <Item term={t("norwegian")}>
        {t("norwegianLevels", { reading: n.reading ?? "–", writing: n.writing ?? "–", speaking: n.speaking ?? "–", listening: n.listening ?? "–" })}
      </Item>
      <Item term={t("languages")}>{profile.languages.map((l) => `${tp(`languages.${l.language}` as "languages.ar")} ${l.level}`).join(" · ") || "–"}</Item>
      <Item term={t("education")}>{[tp(`education.${profile.educationLevel}`), profile.educationField].filter(Boolean).join(", ")}</Item>
      <Item term={t("experience")}>
        {profile.experience.length ? (
          <ul>
            {profile.experience.map((e) => (
              <li key={e.iscoCode}>{t("experienceItem", { occupation: occupationLabel(e.iscoCode), years: e.years })}</li>
            ))}
          </ul>
        ) : (
          t("noExperience")
        )}
      </Item>
      <Item term={t("wishes")}>
        {profile.wishes.length ? (
          <ol className="list-decimal pl-5">
            {profile.wishes.map((w) => (
              <li key={w}>{occupationLabel(w)}</li>
            ))}
          </ol>
        ) : (
          t("noWishes")
        )}
      </Item>
    </dl>
  );
}
