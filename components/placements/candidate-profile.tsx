import { getLocale, getTranslations } from "next-intl/server";
import { occupationLabel } from "@/lib/occupations/rules";
import type { ConsentedProfile } from "@/lib/placements/data/profile";
import { DescriptionItem } from "@/components/ui/description-item";

/** The candidate as an employer sees them: the consented fields and nothing else. */
export async function CandidateProfile({ profile }: { profile: ConsentedProfile }) {
  const t = await getTranslations("placements.profile");
  const tp = await getTranslations("participants");
  const locale = await getLocale();
  const n = profile.norwegian;
  return (
    <dl>
      <DescriptionItem term={t("firstName")}>{profile.firstName}</DescriptionItem>
      <DescriptionItem term={t("norwegian")}>
        {t("norwegianLevels", {
          reading: n.reading ?? "–",
          writing: n.writing ?? "–",
          speaking: n.speaking ?? "–",
          listening: n.listening ?? "–",
        })}
      </DescriptionItem>
      <DescriptionItem term={t("languages")}>
        {profile.languages.map((l) => `${tp(`languages.${l.language}` as "languages.ar")} ${l.level}`).join(" · ") ||
          "–"}
      </DescriptionItem>
      <DescriptionItem term={t("education")}>
        {[tp(`education.${profile.educationLevel}`), profile.educationField].filter(Boolean).join(", ")}
      </DescriptionItem>
      <DescriptionItem term={t("experience")}>
        {profile.experience.length ? (
          <ul>
            {profile.experience.map((e) => (
              <li key={e.iscoCode}>
                {t("experienceItem", { occupation: occupationLabel(e.iscoCode, locale), years: e.years })}
              </li>
            ))}
          </ul>
        ) : (
          t("noExperience")
        )}
      </DescriptionItem>
      <DescriptionItem term={t("wishes")}>
        {profile.wishes.length ? (
          <ol className="list-decimal pl-5">
            {profile.wishes.map((w) => (
              <li key={w}>{occupationLabel(w, locale)}</li>
            ))}
          </ol>
        ) : (
          t("noWishes")
        )}
      </DescriptionItem>
    </dl>
  );
}
