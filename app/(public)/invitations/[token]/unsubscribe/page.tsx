import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { PageHeader } from "@/components/ui/page-header";
import { invitationOr404 } from "../load";
import { UnsubscribeForm } from "./unsubscribe-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations.unsubscribe"))("title") };
}

/** Asks before unsubscribing: opening the link alone changes nothing, since mail scanners open links too. */
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const inv = await invitationOr404(token);
  const t = await getTranslations("invitations.unsubscribe");
  return (
    <ClientMessages namespaces={["invitations.unsubscribe"]}>
      <PublicShell>
        <PageHeader title={t("title")} lead={t("lead", { association: inv.associationName, email: inv.email })} />
        <div className="max-w-2xl">
          <UnsubscribeForm token={token} association={inv.associationName} done={inv.unsubscribed} />
        </div>
      </PublicShell>
    </ClientMessages>
  );
}
