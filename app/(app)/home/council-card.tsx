import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The way from home to the council the organization belongs to: its workspace and its dashboard. */
export async function CouncilCard({ name }: { name: string }) {
  const t = await getTranslations("home.council");
  return (
    <section aria-labelledby="home-council" className="mb-8 rounded border border-line p-4">
      <h2 id="home-council" className="mb-1 text-xl font-semibold">
        {name}
      </h2>
      <p className="mb-3 max-w-prose">{t("lead")}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/council/dashboard" className="font-semibold">
            {t("dashboard")}
          </Link>
        </li>
        <li>
          <Link href="/council">{t("workspace")}</Link>
        </li>
        <li>
          <Link href="/council/goals">{t("goals")}</Link>
        </li>
      </ul>
    </section>
  );
}
