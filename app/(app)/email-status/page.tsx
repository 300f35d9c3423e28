import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { emailBodyRetentionDays } from "@/lib/config";
import { listEmailStatus } from "@/lib/email-status/data";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("emailStatus"))("title") };
}

const tone = { pending: "warning", sent: "success", failed: "danger" } as const;

export default async function EmailStatusPage() {
  const ctx = await requireCtx("email.status.read");
  const t = await getTranslations("emailStatus");
  const locale = await getLocale();
  const rows = await listEmailStatus(ctx);
  const days = emailBodyRetentionDays();
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { organization: ctx.membership.organizationName })} />
      {!process.env.RESEND_API_KEY && (
        <div className="mb-6">
          <Alert>{t("noProvider")}</Alert>
        </div>
      )}
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Table caption={t("caption")}>
          <thead>
            <tr>
              <Th>{t("created")}</Th>
              <Th>{t("to")}</Th>
              <Th>{t("subject")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("attempts")}</Th>
              <Th>{t("lastError")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>{formatDateTime(r.createdAt, locale)}</Td>
                <Td>{r.toAddress}</Td>
                {/* The retention job empties the subject with the body; status and times stay. */}
                <Td>{r.subject || <span className="text-muted">{t("contentDeleted", { days })}</span>}</Td>
                <Td>
                  <Badge tone={tone[r.status]}>{t(r.status)}</Badge>
                </Td>
                <Td>{formatNumber(r.attempts, locale)}</Td>
                <Td>{r.lastError ?? "–"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
