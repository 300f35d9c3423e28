import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SectionTabs } from "@/components/ui/section-tabs";
import { requireCtx } from "@/lib/auth/session";
import { loadCouncil, myCouncils } from "@/lib/council/data/council";
import { CouncilSwitch } from "@/components/council/council-switch";
import { switchCouncilAction } from "./switch/actions";

const SECTIONS = [
  { path: "", key: "overview" },
  { path: "/meetings", key: "meetings" },
  { path: "/actions", key: "actions" },
  { path: "/goals", key: "goals" },
  { path: "/dashboard", key: "dashboard" },
] as const;

/** The council workspace's sections, for people of a member organization; the switcher when it sits in several. */
export default async function CouncilLayout({ children }: { children: ReactNode }) {
  const ctx = await requireCtx("council.read");
  const [scope, councils] = await Promise.all([loadCouncil(ctx), myCouncils(ctx)]);
  const t = await getTranslations("council");
  return (
    <>
      {scope && councils.length > 1 && (
        <CouncilSwitch action={switchCouncilAction} current={scope.council.id} councils={councils} />
      )}
      {scope && (
        <SectionTabs
          label={t("tabs.label", { name: scope.council.name })}
          items={SECTIONS.map((s) => ({ href: `/council${s.path}`, text: t(`tabs.${s.key}`) }))}
        />
      )}
      {children}
    </>
  );
}
