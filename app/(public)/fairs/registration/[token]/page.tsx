import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { DescriptionItem } from "@/components/ui/description-item";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/auth/errors";
import { getRegistration } from "@/lib/fair-candidates/data/public";
import { formatDateTime } from "@/lib/i18n/format";
import { occupationLabel } from "@/lib/occupations/rules";
import { FairFacts } from "../../fair-facts";
import { CancelForm, DeleteForm, SharingForm, WishesForm } from "./manage-forms";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

async function load(token: string) {
  try {
    return await getRegistration(token);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  // The address holds the candidate's key: keep it out of search engines.
  return { title: (await getTranslations("publicFair.manage"))("title"), robots: { index: false, follow: false } };
}

/** A public candidate's own registration, reached with the link in their email. */
export default async function ManageRegistrationPage({ params }: Props) {
  const { token } = await params;
  const r = await load(token);
  const t = await getTranslations("publicFair.manage");
  const tp = await getTranslations("publicFair");
  const tm = await getTranslations("publicFair.myData");
  const locale = await getLocale();
  const c = r.candidate;
  const active = c.status !== "cancelled" && r.fair.status === "published";
  const stands = r.stands.map((s) => ({
    id: s.id,
    label: s.occupations.length
      ? `${s.employerName} (${s.occupations.map((o) => occupationLabel(o, locale)).join(", ")})`
      : s.employerName,
  }));
  return (
    <ClientMessages namespaces={["publicFair.manage"]}>
      <PublicShell>
        <PageHeader title={t("title")} lead={r.fair.title} />
        <Alert tone={c.status === "cancelled" ? "info" : "success"} role="status">
          <p className="font-semibold">
            {c.status === "registered"
              ? t("statusRegistered")
              : c.status === "waitlisted"
                ? t("statusWaitlisted", { position: r.waitlistPosition ?? 1 })
                : t("statusCancelled")}
          </p>
        </Alert>
        {r.fair.schedulePublished && c.status === "registered" && (
          <p className="mt-4">
            <Link href={`/fairs/registration/${token}/schedule`} className="font-semibold">
              {t("schedule")}
            </Link>
          </p>
        )}
        <h2 className="mt-8 mb-2 text-xl font-semibold">{t("fairTitle")}</h2>
        <FairFacts fair={r.fair} />
        <h2 className="mb-2 text-xl font-semibold">{t("detailsTitle")}</h2>
        <dl className="mb-2 max-w-3xl">
          <DescriptionItem term={t("name")}>{c.name}</DescriptionItem>
          <DescriptionItem term={t("email")}>{c.email}</DescriptionItem>
          {c.phone && <DescriptionItem term={t("phone")}>{c.phone}</DescriptionItem>}
          <DescriptionItem term={t("education")}>
            {[tp(`education.${c.educationLevel}`), c.educationField].filter(Boolean).join(", ")}
          </DescriptionItem>
          <DescriptionItem term={t("occupations")}>
            {c.occupations.map((o) => occupationLabel(o, locale)).join("\n") || "–"}
          </DescriptionItem>
          <DescriptionItem term={t("languages")}>
            {[
              c.norwegianLevel && t("norwegian", { level: c.norwegianLevel }),
              c.englishLevel && t("english", { level: c.englishLevel }),
            ]
              .filter(Boolean)
              .join(", ")}
          </DescriptionItem>
          {c.countryOfOrigin && <DescriptionItem term={t("country")}>{c.countryOfOrigin}</DescriptionItem>}
          <DescriptionItem term={t("registeredAt")}>{formatDateTime(c.registeredAt, locale)}</DescriptionItem>
        </dl>
        {active && (
          <p className="mb-8 max-w-prose text-sm">
            {t("changeDetails")} <Link href={`/fairs/${r.fair.id}`}>{t("changeDetailsLink")}</Link>
          </p>
        )}
        <div className="flex max-w-3xl flex-col gap-10">
          {active &&
            (stands.length > 0 ? (
              <WishesForm token={token} stands={stands} chosen={r.wishes} />
            ) : (
              <p>{t("noStands")}</p>
            ))}
          {c.status !== "cancelled" && <SharingForm token={token} share={c.shareWithExhibitors} />}
          {active && <CancelForm token={token} />}
          <section aria-labelledby="my-data-title">
            <h2 id="my-data-title" className="mb-2 text-xl font-semibold">
              {tm("sectionTitle")}
            </h2>
            <p className="mb-3 max-w-prose">{tm("sectionLead")}</p>
            <p className="flex flex-wrap gap-4">
              <a href={`/api/fairs/registration/${token}/export`} download>
                {tm("download")}
              </a>
              <Link href={`/fairs/registration/${token}/data`}>{tm("link")}</Link>
            </p>
          </section>
          <DeleteForm token={token} />
        </div>
      </PublicShell>
    </ClientMessages>
  );
}
