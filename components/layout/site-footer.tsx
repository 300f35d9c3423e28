import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** On every page (the root layout): the link to the accessibility statement, as the regulation asks. */
export async function SiteFooter() {
  const t = await getTranslations("accessibility");
  return (
    <footer className="no-print mt-12 border-t border-line bg-surface">
      <nav aria-label={t("footerLabel")} className="mx-auto max-w-6xl px-4 py-4 text-sm">
        <Link href="/tilgjengelighet">{t("footerLink")}</Link>
      </nav>
    </footer>
  );
}
