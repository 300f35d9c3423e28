import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { FairStatus } from "@/lib/fair-candidates/data/fair-status";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

/** The association's coming fairs: sign-ups, stands and whether the interview schedule is out. */
export async function FairStatusList({ fairs, locale }: { fairs: FairStatus[]; locale: Locale }) {
  const t = await getTranslations("home.fairs");
  const n = (x: number) => formatNumber(x, locale);
  const ofCapacity = (count: number, cap: number | null) =>
    cap === null ? n(count) : t("ofCapacity", { count: n(count), capacity: n(cap) });
  return (
    <section aria-labelledby="home-fairs" className="mb-8">
      <h2 id="home-fairs" className="mb-3 text-xl font-semibold">
        {t("heading")}
      </h2>
      {fairs.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {fairs.map((f) => (
            <li key={f.id} className="rounded border border-line p-3">
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <Link href={`/events/${f.id}`} className="font-semibold">
                  {f.title}
                </Link>
                <span>
                  {formatDate(f.startsAt, locale)}, {f.venue}
                </span>
                {f.status === "draft" && <Badge>{t("draft")}</Badge>}
              </p>
              <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                <li>
                  <Link href={`/events/${f.id}/candidates`}>
                    {t("candidates", { count: ofCapacity(f.registered, f.capacity) })}
                  </Link>
                  {f.waitlisted > 0 && <> {t("waitlisted", { count: f.waitlisted })}</>}
                </li>
                <li>
                  <Link href={`/events/${f.id}/stands`}>
                    {t("stands", { count: ofCapacity(f.stands, f.standCapacity) })}
                  </Link>
                </li>
                <li>
                  <Link href={`/events/${f.id}/schedule`}>
                    {f.schedulePublished ? t("schedulePublished") : t("scheduleNotPublished")}
                  </Link>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
