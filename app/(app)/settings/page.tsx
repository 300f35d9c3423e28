import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { getSettings } from "@/lib/settings/data";
import { SettingsForm } from "./settings-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("retention.settings"))("title") };
}

export default async function SettingsPage() {
  const ctx = await requireCtx("municipality.settings");
  const t = await getTranslations("retention.settings");
  const locale = await getLocale();
  const settings = await getSettings(ctx);
  return (
    <ClientMessages namespaces={["retention.settings"]}>
      <>
        <PageHeader title={t("title")} lead={t("lead", { organization: ctx.membership.organizationName })}>
          <p className="text-sm text-muted">
            {settings.updatedAt
              ? t("lastSaved", { when: formatDateTime(new Date(settings.updatedAt), locale) })
              : t("defaults")}
          </p>
        </PageHeader>
        <SettingsForm
          initial={{
            retentionMonths: String(settings.retentionMonths),
            caseloadTarget: String(settings.caseloadTarget),
            updatedAt: settings.updatedAt ?? "",
          }}
        />
      </>
    </ClientMessages>
  );
}
