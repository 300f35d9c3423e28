import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmForm } from "@/components/placements/confirm-form";
import { confirmAction } from "../../actions";
import { PrintButton } from "@/components/ui/print-button";
import { StageBadge } from "@/components/placements/stage-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { agreementView } from "@/lib/placements/data/agreement";
import { PARTIES } from "@/lib/placements/rules";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { listStaff } from "@/lib/participants/data";
import { TermsForm } from "./terms-form";
import { DescriptionItem } from "@/components/ui/description-item";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placements.agreement"))("title") };
}

export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const ctx = await requireCtx("agreements.confirm");
  const { id } = await params;
  const { saved } = await searchParams;
  const view = await orNotFound(agreementView(ctx, id));
  const { placement: p, agreement: a } = view;
  const isStaff = ctx.membership.organizationKind === "municipality";
  const staff = view.editable ? await listStaff(ctx) : [];
  const t = await getTranslations("placements.agreement");
  const locale = await getLocale();
  const date = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), locale);
  const confirmedAt = a
    ? {
        municipality: a.municipalityConfirmedAt,
        employer: a.employerConfirmedAt,
        participant: a.participantConfirmedAt,
      }
    : null;
  const mine = (party: (typeof PARTIES)[number]) => (party === "employer" ? !isStaff : isStaff);
  return (
    <ClientMessages namespaces={["placements.agreement"]}>
      <>
        <PageHeader
          title={t("titleFor", { name: view.participantName, employer: p.employerName })}
          lead={
            <>
              {p.slotTitle} · <StageBadge stage={p.stage} />
            </>
          }
        >
          <p className="no-print flex flex-wrap items-center gap-x-6 gap-y-2">
            <Link href={isStaff ? `/placements/${p.id}` : `/proposals/${p.id}`}>{t("back")}</Link>
            {a && <PrintButton label={t("print")} />}
          </p>
        </PageHeader>
        {saved && (
          <div className="no-print mb-6">
            <Alert tone="success" role="status">
              {t(`saved.${saved === "terms" || saved === "active" ? saved : "confirmed"}`)}
            </Alert>
          </div>
        )}
        {!a ? (
          <Alert tone="info">{isStaff ? t("noTermsStaff") : t("noTermsEmployer")}</Alert>
        ) : (
          <>
            <section aria-labelledby="terms" className="mb-10 max-w-3xl">
              <h2 id="terms" className="mb-2 text-xl font-semibold">
                {t("terms")}
              </h2>
              <dl>
                <DescriptionItem term={t("participant")}>{view.participantName}</DescriptionItem>
                <DescriptionItem term={t("employer")}>{p.employerName}</DescriptionItem>
                <DescriptionItem term={t("slot")}>{p.slotTitle}</DescriptionItem>
                <DescriptionItem term={t("mentorName")}>{a.mentorName}</DescriptionItem>
                <DescriptionItem term={t("tasks")}>{a.tasks}</DescriptionItem>
                <DescriptionItem term={t("period")}>
                  {a.endsOn ? `${date(a.startsOn)} – ${date(a.endsOn)}` : t("from", { date: date(a.startsOn) })}
                </DescriptionItem>
                <DescriptionItem term={t("hoursPerWeek")}>{t("hours", { hours: a.hoursPerWeek })}</DescriptionItem>
                <DescriptionItem term={t("followUpPlan")}>{a.followUpPlan}</DescriptionItem>
                <DescriptionItem term={t("municipalityContact")}>
                  {[view.contact?.name, view.contact?.phone, view.contact?.email].filter(Boolean).join(", ") || "–"}
                </DescriptionItem>
                <DescriptionItem term={t("supportScheme")}>{t(`schemes.${a.supportScheme ?? "none"}`)}</DescriptionItem>
              </dl>
            </section>
            <section aria-labelledby="confirmations" className="mb-10 max-w-3xl">
              <h2 id="confirmations" className="mb-2 text-xl font-semibold">
                {t("confirmations")}
              </h2>
              <ul className="flex flex-col gap-4">
                {PARTIES.map((party) => (
                  <li key={party} className="flex flex-col gap-2 rounded border border-line p-3">
                    <h3 className="font-semibold">{t(`parties.${party}`)}</h3>
                    {confirmedAt![party] ? (
                      <p>
                        {t(party === "participant" ? "confirmedRecorded" : "confirmedBy", {
                          name: view.confirmedBy[party] ?? "–",
                          at: formatDateTime(confirmedAt![party]!, locale),
                          method: a.participantConfirmationMethod
                            ? t(`methods.${a.participantConfirmationMethod}`)
                            : "",
                        })}
                      </p>
                    ) : (
                      <>
                        <p>{t("notConfirmed")}</p>
                        {p.stage === "agreement" && mine(party) && (
                          <ConfirmForm
                            placementId={p.id}
                            version={a.version}
                            party={party}
                            label={t(`confirm.${party}`)}
                            action={confirmAction}
                          />
                        )}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
        {view.editable && (
          <section aria-labelledby="terms-form" className="no-print">
            <h2 id="terms-form" className="mb-2 text-xl font-semibold">
              {a ? t("editTerms") : t("fillTerms")}
            </h2>
            <TermsForm
              placementId={p.id}
              version={a?.version ?? 0}
              defaults={view.defaults}
              staff={staff.map((s) => ({ value: s.id, label: s.name }))}
              hasConfirmations={Boolean(confirmedAt && Object.values(confirmedAt).some(Boolean))}
            />
          </section>
        )}
      </>
    </ClientMessages>
  );
}
