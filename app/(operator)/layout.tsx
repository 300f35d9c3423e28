import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppNav } from "@/components/layout/app-nav";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { Disclosure } from "@/components/ui/disclosure";
import { requireOperator } from "@/lib/auth/session";

/** The operator's pages (/admin): their own menu, no organization and no participant. */
export default async function OperatorLayout({ children }: { children: ReactNode }) {
  const user = await requireOperator("organizations.manage");
  const t = await getTranslations("admin");
  const tnav = await getTranslations("nav");
  const tapp = await getTranslations("app");
  const items = [
    // "/admin" is the organizations' list; the other sections live beside it, not under it.
    { href: "/admin", text: t("nav.organizations"), within: ["/admin/organizations"] },
    { href: "/admin/councils", text: t("nav.councils") },
    { href: "/admin/operators", text: t("nav.operators") },
  ];
  return (
    <>
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="text-xl font-bold text-ink no-underline">
            {tapp("name")}
          </Link>
          <Disclosure
            id="admin-menu"
            label={tnav("menu")}
            icon="menu"
            className="flex basis-full flex-col gap-4 border-t border-line pt-3 sm:contents"
          >
            <div className="no-print flex flex-wrap items-center gap-4 text-sm">
              <span>{t("signedInAs", { name: user.name })}</span>
              <LanguageSwitch />
              <SignOutButton />
            </div>
            <AppNav label={t("nav.label")} items={items} />
          </Disclosure>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
