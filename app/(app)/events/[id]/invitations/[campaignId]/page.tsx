import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatList } from "@/components/ui/stat";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { getCampaign } from "@/lib/invitations/data/campaigns";
import { acceptsAnswers } from "@/lib/invitations/rules";
import { ResendForm } from "./resend-form";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = {
  params: Promise<{ id: string; campaignId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("campaignTitle") };
}

const TONE = { sent: "neutral", registered: "success", declined: "warning" } as const;

export default async function CampaignPage({ params, searchParams }: Props) {
  const ctx = await requireCtx("events.manage");
  const { id, campaignId } = await params;
  const { event } = await orNotFound(loadEvent(ctx, id, ["organizer"]));
  const campaign = await orNotFound(getCampaign(ctx, id, campaignId));
  const sent = Number((await searchParams).sent);
  const t = await getTranslations("invitations");
  const locale = await getLocale();
  const n = (x: number) => formatNumber(x, locale);
  const canRemind = event.status === "published" && acceptsAnswers(event, new Date()) && campaign.counts.noAnswer > 0;

  return (
    <ClientMessages namespaces={["invitations"]}>
      <>
        <p className="no-print mb-2">
          <Link href={`/events/${id}/invitations`}>{t("backToCampaigns")}</Link>
        </p>
        <PageHeader
          title={campaign.subject}
          lead={t("campaignLead", { date: campaign.sentAt ? formatDateTime(campaign.sentAt, locale) : "" })}
        />
        {Number.isInteger(sent) && sent > 0 && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("sentConfirmation", { count: sent })}
            </Alert>
          </div>
        )}
        <StatList label={t("answersTitle")}>
          <Stat label={t("counts.sent")} value={n(campaign.counts.sent)} />
          <Stat label={t("counts.registered")} value={n(campaign.counts.registered)} />
          <Stat label={t("counts.declined")} value={n(campaign.counts.declined)} />
          <Stat label={t("counts.noAnswer")} value={n(campaign.counts.noAnswer)} />
        </StatList>
        {canRemind && <ResendForm eventId={id} campaignId={campaign.id} noAnswer={campaign.counts.noAnswer} />}
        <Table caption={t("recipientsCaption", { count: campaign.recipients.length })}>
          <thead>
            <tr>
              <Th>{t("address")}</Th>
              <Th>{t("company")}</Th>
              <Th>{t("status")}</Th>
              <Th className="text-right">{t("timesSent")}</Th>
              <Th>{t("lastSent")}</Th>
            </tr>
          </thead>
          <tbody>
            {campaign.recipients.map((r) => (
              <tr key={r.id}>
                <Td>{r.email}</Td>
                <Td>{r.company ?? t("extraAddress")}</Td>
                <Td>
                  <Badge tone={TONE[r.status]}>{t(`statuses.${r.status}`)}</Badge>
                </Td>
                <Td className="text-right">{n(r.sendCount)}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(r.lastSentAt, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <details className="mt-8">
          <summary className="cursor-pointer font-semibold">{t("textTitle")}</summary>
          <p className="mt-2 max-w-prose whitespace-pre-line">{campaign.body}</p>
        </details>
      </>
    </ClientMessages>
  );
}
