import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { MatchPart, MatchWarning } from "@/lib/matching/rules";
import { occupationLabel } from "@/lib/occupations/rules";

const AREA_KEYS = { same: "areaSame", different: "areaDifferent", unknown: "areaUnknown" } as const;
const HOURS_KEYS = { enough: "hoursEnough", fewer: "hoursFewer", unknown: "hoursUnknown" } as const;

/** Each score part as a sentence with its points: the "why" of a match. */
export async function MatchReasons({ parts }: { parts: MatchPart[] }) {
  const t = await getTranslations("slots.matches");
  const locale = await getLocale();
  const date = (d: string) => formatDate(new Date(d), locale);
  const text = (part: MatchPart): string => {
    switch (part.key) {
      case "occupation": {
        const r = part.reason;
        if (r.code === "none") return t("reason.none");
        const common = {
          distance: t("distance", { distance: String(r.distance) }),
          occupation: occupationLabel(r.iscoCode, locale),
        };
        return r.code === "wish"
          ? t("reason.wish", { rank: r.rank, ...common })
          : t("reason.experience", { years: r.years, ...common });
      }
      case "norwegian":
        return t(`reason.${part.reason.code}`, {
          level: part.reason.level ?? "–",
          required: part.reason.required ?? "–",
        });
      case "area":
        // The participant's own area next to the slot's, so a consultant sees the distance at a glance.
        return t(`reason.${AREA_KEYS[part.reason.code]}`, {
          area: part.reason.area ?? "–",
          own: part.reason.own ?? "–",
        });
      case "hours":
        return t(`reason.${HOURS_KEYS[part.reason.code]}`, {
          hours: part.reason.hours ?? 0,
          required: part.reason.required,
        });
      case "timeLeft":
        return t(`reason.${part.reason.code}`, { date: date(part.reason.programmeEnd) });
    }
  };
  return (
    <ul className="flex flex-col gap-1">
      {parts.map((part) => (
        <li key={part.key}>
          {text(part)}{" "}
          <span className="text-sm text-muted">
            ({t("points", { points: formatNumber(Math.round(part.points), locale), max: part.max })})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Warnings as text tags, never colour alone. */
export async function MatchWarnings({ warnings }: { warnings: MatchWarning[] }) {
  const t = await getTranslations("slots.matches");
  const locale = await getLocale();
  if (warnings.length === 0) return <span className="text-muted">{t("noWarnings")}</span>;
  return (
    <ul className="flex flex-wrap gap-2">
      {warnings.map((w) => (
        <li key={w.code}>
          <Badge tone="warning">
            {w.code === "availableLater"
              ? t("warning.availableLater", { date: formatDate(new Date(w.availableFrom), locale) })
              : t(`warning.${w.code}`)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
