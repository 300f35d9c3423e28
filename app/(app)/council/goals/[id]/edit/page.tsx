import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { mayManageGoals } from "@/lib/council/access";
import { loadCouncil } from "@/lib/council/data/council";
import { getGoal } from "@/lib/goals/data/goals";
import { updateGoalAction } from "../../actions";
import { goalToFormValues } from "../../form-values";
import { GoalForm } from "../../goal-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("goals.form"))("editTitle") };
}

export default async function EditGoalPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("council.contribute");
  const scope = await loadCouncil(ctx);
  if (!scope || !mayManageGoals(scope.role)) notFound();
  const { id } = await params;
  const goal = await orNotFound(getGoal(scope, id));
  const t = await getTranslations("goals.form");
  return (
    <ClientMessages namespaces={["goals"]}>
      <>
        <PageHeader title={t("editTitle")} lead={goal.title} />
        <GoalForm action={updateGoalAction} initial={goalToFormValues(goal)} cancelHref={`/council/goals/${id}`} />
      </>
    </ClientMessages>
  );
}
