import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SectionTabs } from "@/components/ui/section-tabs";
import { requireCtx } from "@/lib/auth/session";
import { REPORTS } from "@/lib/reports/rules";

/** The municipality's reports, one tab each, for its admins. */
export default async function ReportsLayout({ children }: { children: ReactNode }) {
  await requireCtx("reports.municipality");
  const t = await getTranslations("reports");
  return (
    <>
      <SectionTabs
        label={t("tabsLabel")}
        items={[
          { href: "/reports", text: t("overview") },
          ...REPORTS.map((r) => ({ href: `/reports/${r}`, text: t(`${r}.short`) })),
        ]}
      />
      {children}
    </>
  );
}
