import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch";

/** Header and main landmark for pages without sign-in. */
export async function PublicShell({ children }: { children: ReactNode }) {
  const t = await getTranslations("app");
  return (
    <>
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-xl font-bold text-ink no-underline">
            {t("name")}
          </Link>
          <div className="no-print">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
