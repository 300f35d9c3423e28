import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { getUser } from "@/lib/auth/session";
import { openFairs } from "@/lib/fair-candidates/data/public";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

export default async function LandingPage() {
  const t = await getTranslations("landing");
  const user = await getUser();
  const groups = ["municipality", "employer", "association", "partner"] as const;
  const locale = (await getLocale()) as Locale;
  const fairs = await openFairs();
  const cities = [...new Set(fairs.map((f) => f.city))];
  return (
    <PublicShell>
      <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-prose text-lg">{t("lead")}</p>
      <p className="mt-6">
        <Link
          href={user ? "/home" : "/sign-in"}
          className="inline-block rounded bg-brand px-5 py-3 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white"
        >
          {user ? t("goHome") : t("signIn")}
        </Link>
      </p>
      <section aria-labelledby="open-fairs" className="mt-10">
        <h2 id="open-fairs" className="text-xl font-semibold">
          {t("fairsHeading")}
        </h2>
        <p className="mt-2 max-w-prose">{t("fairsLead")}</p>
        {fairs.length === 0 ? (
          <p className="mt-3">{t("fairsNone")}</p>
        ) : (
          cities.map((city) => (
            <div key={city} className="mt-4">
              <h3 className="font-semibold">{t("fairCity", { city })}</h3>
              <ul className="mt-2 grid max-w-3xl gap-3">
                {fairs
                  .filter((f) => f.city === city)
                  .map((f) => (
                    <li key={f.id} className="rounded border border-line bg-surface p-4">
                      <Link href={`/fairs/${f.id}`} className="font-semibold">
                        {f.title}
                      </Link>
                      <p className="text-sm">
                        {t("fairWhen", {
                          date: formatDateTime(f.startsAt, locale),
                          venue: f.venue,
                          organizer: f.organizer,
                        })}
                      </p>
                    </li>
                  ))}
              </ul>
            </div>
          ))
        )}
      </section>
      <h2 className="mt-10 text-xl font-semibold">{t("forWhom")}</h2>
      <ul className="mt-3 grid max-w-3xl gap-3 sm:grid-cols-2">
        {groups.map((g) => (
          <li key={g} className="rounded border border-line bg-surface p-4">
            {t(g)}
          </li>
        ))}
      </ul>
    </PublicShell>
  );
}
