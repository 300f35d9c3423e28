import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { requireOperator } from "@/lib/auth/session";

// A minimal operator shell for the council pages until the /admin layout arrives (the operator work
// builds app/(operator)/admin/layout.tsx; this one then keeps only the check).
export default async function AdminCouncilsLayout({ children }: { children: ReactNode }) {
  const user = await requireOperator("councils.manage");
  const [t, tn, tapp] = await Promise.all([
    getTranslations("councilAdmin"),
    getTranslations("nav"),
    getTranslations("app"),
  ]);
  return (
    <>
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin/councils" className="text-xl font-bold text-ink no-underline">
            {tapp("name")} · {t("shellLabel")}
          </Link>
          <div className="no-print flex flex-wrap items-center gap-4 text-sm">
            <span>{tn("signedInAs", { name: user.name })}</span>
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
