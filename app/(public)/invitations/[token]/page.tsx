import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { DescriptionItem } from "@/components/ui/description-item";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/i18n/format";
import { invitationOr404 } from "./load";
import { RespondForm } from "./respond-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations.public"))("title") };
}

/** The page an invitation's link opens: the event, and buttons to answer. No sign-in. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const inv = await invitationOr404(token);
  const t = await getTranslations("invitations.public");
  const tk = await getTranslations("invitations.kinds");
  const locale = await getLocale();
  const e = inv.event;
  return (
    <ClientMessages namespaces={["invitations.public"]}>
      <PublicShell>
        <PageHeader title={e.title} lead={t("lead", { association: inv.associationName, kind: tk(e.kind) })} />
        <dl className="mb-6 max-w-3xl">
          <DescriptionItem
            term={t("when")}
          >{`${formatDateTime(e.startsAt, locale)} – ${formatDateTime(e.endsAt, locale)}`}</DescriptionItem>
          <DescriptionItem term={t("where")}>{e.venue}</DescriptionItem>
          <DescriptionItem term={t("organizer")}>{inv.associationName}</DescriptionItem>
          {e.description && <DescriptionItem term={t("about")}>{e.description}</DescriptionItem>}
        </dl>
        {inv.open ? (
          <section aria-labelledby="answer" className="max-w-3xl">
            <h2 id="answer" className="mb-3 text-xl font-semibold">
              {t("answerTitle")}
            </h2>
            <p className="mb-4">{t("answerLead", { email: inv.email })}</p>
            <RespondForm token={token} eventId={e.id} careerFair={e.kind === "career_fair"} current={inv.status} />
          </section>
        ) : (
          <Alert tone="info">{e.status === "cancelled" ? t("cancelled") : t("closed")}</Alert>
        )}
        <p className="mt-10 text-sm">
          {inv.unsubscribed ? (
            t("alreadyUnsubscribed", { association: inv.associationName })
          ) : (
            <Link href={`/invitations/${token}/unsubscribe`}>{t("unsubscribeLink")}</Link>
          )}
        </p>
      </PublicShell>
    </ClientMessages>
  );
}
