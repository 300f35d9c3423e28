import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { actionFormOptions } from "@/lib/action-items/data/action-items";
import { requireCtx } from "@/lib/auth/session";
import { mayRunMeetings } from "@/lib/council/access";
import { loadCouncil } from "@/lib/council/data/council";
import { formatDate } from "@/lib/i18n/format";
import { createActionItemAction } from "../actions";
import { ActionItemForm } from "../action-item-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actionItems.form"))("newTitle") };
}

/** The secretariat records an action item, from a meeting when `?meeting=<id>` names one of this council's. */
export default async function NewActionItemPage({ searchParams }: { searchParams: Promise<{ meeting?: string }> }) {
  const ctx = await requireCtx("council.contribute");
  const scope = await loadCouncil(ctx);
  if (!scope || !mayRunMeetings(scope.role)) notFound();
  const t = await getTranslations("actionItems.form");
  const locale = await getLocale();
  const { meeting } = await searchParams;
  const options = await actionFormOptions(scope);
  const initial: Record<string, string> = {};
  if (meeting && options.meetings.some((m) => m.id === meeting)) initial.meetingId = meeting;
  return (
    <ClientMessages namespaces={["actionItems.form"]}>
      <>
        <PageHeader title={t("newTitle")} lead={t("lead")} />
        <ActionItemForm
          action={createActionItemAction}
          initial={initial}
          organizations={scope.members.map((m) => ({ value: m.id, label: m.name }))}
          people={options.representatives.map((r) => ({ value: r.id, label: `${r.name} (${r.organizationName})` }))}
          meetings={options.meetings.map((m) => ({
            value: m.id,
            label: `${m.title} (${formatDate(m.startsAt, locale)})`,
          }))}
        />
      </>
    </ClientMessages>
  );
}
