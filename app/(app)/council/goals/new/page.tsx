import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { mayManageGoals } from "@/lib/council/access";
import { loadCouncil } from "@/lib/council/data/council";
import { DEFAULT_MONTHS } from "@/lib/goals/metrics";
import { createGoalAction } from "../actions";
import { GoalForm } from "../goal-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("goals.form"))("newTitle") };
}

export default async function NewGoalPage() {
  const ctx = await requireCtx("council.contribute");
  const scope = await loadCouncil(ctx);
  if (!scope || !mayManageGoals(scope.role)) notFound();
  const t = await getTranslations("goals.form");
  return (
    <ClientMessages namespaces={["goals"]}>
      <>
        <PageHeader title={t("newTitle")} />
        <GoalForm
          action={createGoalAction}
          initial={{ measure: "live", months: String(DEFAULT_MONTHS) }}
          cancelHref="/council/goals"
        />
      </>
    </ClientMessages>
  );
}
