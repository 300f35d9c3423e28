import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { emailBodyRetentionDays, isDemoMode } from "@/lib/config";
import { listOutbox } from "@/lib/email/data";
import { formatDateTime } from "@/lib/i18n/format";
import { sendDigestNowAction } from "./actions";
import { SendDigest } from "./send-digest";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

const tone = { pending: "warning", sent: "success", failed: "danger" } as const;

/** Demo only: shows what would have been emailed, links included. Answers 404 outside demo mode. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  if (!isDemoMode()) notFound();
  const t = await getTranslations("outbox");
  const ts = await getTranslations("status");
  const locale = await getLocale();
  const { to } = await searchParams;
  const emails = await listOutbox({ to: typeof to === "string" && to ? to : undefined });
  const days = emailBodyRetentionDays();
  return (
    <ClientMessages namespaces={["outbox"]}>
      <PublicShell>
        <PageHeader title={t("title")} lead={t("lead")} />
        <SendDigest action={sendDigestNowAction} />
        {emails.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ol className="flex flex-col gap-4">
            {emails.map((e) => {
              const link = e.textBody.match(/https?:\/\/\S+/)?.[0];
              // Emptied by the retention job (address kept) or by erasure (address gone too).
              const emptied = e.textBody === "";
              return (
                <li key={e.id} className="rounded border border-line p-4">
                  <h2 className="text-lg font-semibold">{e.subject || t("deletedSubject")}</h2>
                  <p className="text-sm text-muted">
                    {t("to")}: {e.toAddress || "–"} · {t("created")}: {formatDateTime(e.createdAt, locale)} ·{" "}
                    <Badge tone={tone[e.status]}>{ts(e.status)}</Badge>
                  </p>
                  {emptied && (
                    <p className="mt-2">{e.toAddress ? t("contentDeleted", { days }) : t("contentErased")}</p>
                  )}
                  {link && (
                    <p className="mt-2">
                      <a href={link}>{t("openLink", { to: e.toAddress })}</a>
                    </p>
                  )}
                  {e.attachments?.map((a) => (
                    <details key={a.filename} className="mt-2">
                      <summary>{t("attachment", { name: a.filename })}</summary>
                      <pre className="mt-2 whitespace-pre-wrap text-sm">{a.content}</pre>
                    </details>
                  ))}
                  {!emptied && (
                    <details className="mt-2">
                      <summary>{t("body")}</summary>
                      <pre className="mt-2 whitespace-pre-wrap text-sm">{e.textBody}</pre>
                    </details>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </PublicShell>
    </ClientMessages>
  );
}
