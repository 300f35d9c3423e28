import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { INDUSTRIES, SIZE_BANDS } from "@/lib/employers/rules";
import { loadEvent } from "@/lib/events/data";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { listCampaigns } from "@/lib/invitations/data/campaigns";
import { acceptsAnswers, defaultInvitationText } from "@/lib/invitations/rules";
import { CampaignForm } from "./campaign-form";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

export default async function InvitationsPage({ params }: Props) {
  const ctx = await requireCtx("events.manage");
  const { id } = await params;
  const { event, associationName } = await orNotFound(loadEvent(ctx, id, ["organizer"]));
  const campaigns = await listCampaigns(ctx, id);
  const t = await getTranslations("invitations");
  const te = await getTranslations("employers");
  const locale = await getLocale();
  const n = (x: number) => formatNumber(x, locale);
  const segment = (industry: string | null, sizeBand: string | null) =>
    [industry ? te(`industries.${industry}`) : null, sizeBand ? te(`sizeBands.${sizeBand}`) : null]
      .filter(Boolean)
      .join(", ") || t("allMembers");
  const invitable = event.status === "published" && acceptsAnswers(event, new Date());
  const text = defaultInvitationText(event, associationName);

  return (
    <ClientMessages namespaces={["invitations.form"]}>
      <>
        <PageHeader title={t("title")} lead={t("lead", { title: event.title })} />
        {campaigns.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <Table caption={t("campaignsCaption")}>
            <thead>
              <tr>
                <Th>{t("subject")}</Th>
                <Th>{t("segment")}</Th>
                <Th>{t("sentAt")}</Th>
                <Th className="text-right">{t("counts.sent")}</Th>
                <Th className="text-right">{t("counts.registered")}</Th>
                <Th className="text-right">{t("counts.declined")}</Th>
                <Th className="text-right">{t("counts.noAnswer")}</Th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link href={`/events/${id}/invitations/${c.id}`}>{c.subject}</Link>
                  </Td>
                  <Td>{segment(c.industry, c.sizeBand)}</Td>
                  <Td className="whitespace-nowrap">{c.sentAt ? formatDate(c.sentAt, locale) : t("none")}</Td>
                  <Td className="text-right">{n(c.counts.sent)}</Td>
                  <Td className="text-right">{n(c.counts.registered)}</Td>
                  <Td className="text-right">{n(c.counts.declined)}</Td>
                  <Td className="text-right">{n(c.counts.noAnswer)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <section aria-labelledby="new-campaign" className="mt-10">
          <h2 id="new-campaign" className="mb-2 text-xl font-semibold">
            {t("newTitle")}
          </h2>
          {invitable ? (
            <>
              <p className="mb-4 max-w-prose">{t("newLead")}</p>
              <CampaignForm
                initial={{ eventId: id, subject: text.subject, body: text.body, industry: "", sizeBand: "", extra: "" }}
                industries={INDUSTRIES.map((i) => ({ value: i, label: te(`industries.${i}`) }))}
                sizeBands={SIZE_BANDS.map((s) => ({ value: s, label: te(`sizeBands.${s}`) }))}
              />
            </>
          ) : (
            <Alert tone="info">{event.status === "draft" ? t("draftNote") : t("closedNote")}</Alert>
          )}
        </section>
      </>
    </ClientMessages>
  );
}
