import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { getUser } from "@/lib/auth/session";

export default async function LandingPage() {
  const t = await getTranslations("landing");
  const user = await getUser();
  const groups = ["municipality", "employer", "association", "partner"] as const;
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
