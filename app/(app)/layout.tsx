import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { YourContact } from "@/components/employers/your-contact";
import { AppNav } from "@/components/layout/app-nav";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { MembershipSwitch } from "@/components/layout/membership-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { Disclosure } from "@/components/ui/disclosure";
import { navFor } from "@/lib/auth/navigation";
import { isEmployerRole } from "@/lib/auth/roles";
import { requireCtx } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const ctx = await requireCtx();
  const t = await getTranslations("nav");
  const tr = await getTranslations("roles");
  const tapp = await getTranslations("app");
  const items = navFor(ctx.membership.role, ctx.membership.isAdmin).map((i) => ({ href: i.href, text: t(i.label) }));
  return (
    <>
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/home" className="text-xl font-bold text-ink no-underline">
            {tapp("name")}
          </Link>
          {/* Below 640 px everything but the name folds behind one menu button; wider, the panel's parts lay out as rows. */}
          <Disclosure
            id="app-menu"
            label={t("menu")}
            icon="menu"
            className="flex basis-full flex-col gap-4 border-t border-line pt-3 sm:contents"
          >
            <div className="no-print flex flex-wrap items-center gap-4 text-sm">
              <span>
                {t("signedInAs", { name: ctx.name })} · {tr(ctx.membership.role)}, {ctx.membership.organizationName}
              </span>
              <Link href="/account">{t("account")}</Link>
              <LanguageSwitch />
              <SignOutButton />
            </div>
            {ctx.memberships.length > 1 && (
              <div className="no-print basis-full">
                <MembershipSwitch
                  current={ctx.membership.id}
                  options={ctx.memberships.map((m) => ({ id: m.id, label: `${tr(m.role)}, ${m.organizationName}` }))}
                />
              </div>
            )}
            <AppNav label={t("label")} items={items} />
          </Disclosure>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        {isEmployerRole(ctx.membership.role) && <YourContact ctx={ctx} />}
        {children}
      </main>
    </>
  );
}
