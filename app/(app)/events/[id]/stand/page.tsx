import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { closesDateOf } from "@/lib/events/rules";
import { formatDate } from "@/lib/i18n/format";
import { occupationLabel } from "@/lib/occupations/rules";
import { getOwnStand } from "@/lib/stands/data";
import { occupationField, slotField } from "@/lib/stands/schemas";
import { cancelStandAction, saveStandAction } from "../../actions";
import { StandCancelForm } from "../../stand-cancel-form";
import { StandForm } from "../../stand-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stands.own"))("title") };
}

export default async function OwnStandPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const ctx = await requireCtx("fairs.exhibit");
  const { id } = await params;
  const { saved } = await searchParams;
  const view = await orNotFound(getOwnStand(ctx, id, new Date()));
  const { event } = await orNotFound(loadEvent(ctx, id, ["employer"]));
  const t = await getTranslations("stands.own");
  const locale = await getLocale();
  const stand = view.stand?.status === "registered" ? view.stand : null;
  const deadline = event.registrationClosesAt
    ? formatDate(new Date(`${closesDateOf(event.registrationClosesAt)}T12:00:00Z`), locale)
    : null;

  const initial: Record<string, string> = {
    eventId: id,
    representatives: String(stand?.representatives ?? 1),
    tables: String(stand?.tables ?? 1),
  };
  stand?.occupations.forEach((code, i) => (initial[occupationField(i)] = occupationLabel(code, locale)));
  stand?.slotIds.forEach((s) => (initial[slotField(s)] = "on"));

  return (
    <ClientMessages namespaces={["occupationPicker", "stands.cancel", "stands.form"]}>
      <>
        <PageHeader
          title={t("title")}
          lead={t("lead", { title: event.title, employer: ctx.membership.organizationName })}
        />
        {saved === "saved" && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("saved")}
            </Alert>
          </div>
        )}
        {saved === "cancelled" && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("cancelled")}
            </Alert>
          </div>
        )}
        <p className="mb-6">
          {stand
            ? stand.standNumber
              ? t("statusNumbered", { number: stand.standNumber })
              : t("statusRegistered")
            : t("statusNone")}{" "}
          {deadline && view.state === "open" && t("deadline", { date: deadline })}
        </p>
        {view.state === "closed" && (
          <div className="mb-6">
            <Alert tone="info">{deadline ? t("closedOn", { date: deadline }) : t("closed")}</Alert>
          </div>
        )}
        {view.state === "notPublished" && (
          <div className="mb-6">
            <Alert tone="info">{t("notOpen")}</Alert>
          </div>
        )}
        {view.state === "open" && !stand && view.full && (
          <div className="mb-6">
            <Alert tone="info">{t("full")}</Alert>
          </div>
        )}
        {view.state === "open" && (stand || !view.full) && (
          <StandForm action={saveStandAction} initial={initial} slots={view.slots} registered={Boolean(stand)} />
        )}
        {view.state !== "open" && stand && (
          <dl className="max-w-3xl">
            <div className="border-b border-line py-2">
              <dt className="font-semibold">{t("summaryPeople")}</dt>
              <dd>{t("summaryPeopleValue", { representatives: stand.representatives, tables: stand.tables })}</dd>
            </div>
            <div className="border-b border-line py-2">
              <dt className="font-semibold">{t("summaryOccupations")}</dt>
              <dd>{stand.occupations.map((o) => occupationLabel(o, locale)).join(", ")}</dd>
            </div>
          </dl>
        )}
        {view.state === "open" && stand && (
          <StandCancelForm
            action={cancelStandAction}
            eventId={id}
            question={t("cancelQuestion", { employer: ctx.membership.organizationName, title: event.title })}
          />
        )}
      </>
    </ClientMessages>
  );
}
