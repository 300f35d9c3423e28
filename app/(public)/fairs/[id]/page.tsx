import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getPublicFair } from "@/lib/fair-candidates/data/public";
import { formatDateTime } from "@/lib/i18n/format";
import { FairFacts } from "../fair-facts";
import { RegistrationForm } from "./registration-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const fair = await getPublicFair((await params).id);
  const t = await getTranslations("publicFair");
  return { title: fair ? t("pageTitle", { title: fair.title }) : t("notFoundTitle") };
}

/** The public registration page of a career fair: no sign-in. Drafts and unknown ids are 404. */
export default async function FairRegistrationPage({ params }: Props) {
  const fair = await getPublicFair((await params).id);
  if (!fair) notFound();
  const t = await getTranslations("publicFair");
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={["occupationPicker", "publicFair"]}>
      <PublicShell>
        <PageHeader title={fair.title} lead={t("lead", { organizer: fair.organizer })} />
        <FairFacts fair={fair} />
        {fair.description && <p className="mb-8 max-w-prose whitespace-pre-line">{fair.description}</p>}
        {fair.state === "open" ? (
          <section aria-labelledby="register-title">
            <h2 id="register-title" className="mb-4 text-2xl font-semibold">
              {t("form.title")}
            </h2>
            <RegistrationForm eventId={fair.id} rule={fair.minEducation ?? ""} />
          </section>
        ) : (
          <Alert tone="info">
            <h2 className="font-semibold">{fair.state === "notYet" ? t("notYetTitle") : t("closedTitle")}</h2>
            <p>
              {fair.state === "notYet" && fair.registrationOpensAt
                ? t("notYet", { date: formatDateTime(fair.registrationOpensAt, locale) })
                : t("closed", { organizer: fair.organizer })}
            </p>
          </Alert>
        )}
      </PublicShell>
    </ClientMessages>
  );
}
