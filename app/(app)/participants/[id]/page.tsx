import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PlannedFollowUps } from "@/components/follow-ups/planned-follow-ups";
import { Timeline } from "@/components/follow-ups/timeline";
import { ConsentPanel } from "@/components/participants/consent-panel";
import { PlacementsSection } from "@/components/participants/placements-section";
import { OutcomeForm } from "@/components/participants/outcome-form";
import { ReassignForm } from "@/components/participants/reassign-form";
import { RecordSummary } from "@/components/participants/record-summary";
import { StatusBadge } from "@/components/participants/status-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { listConsents } from "@/lib/consents/data/consents";
import { formatDate } from "@/lib/i18n/format";
import { listParticipantFollowUps } from "@/lib/follow-ups/data/follow-ups";
import { participantPlacements } from "@/lib/placements/data/board";
import { listOutcomes } from "@/lib/outcomes/data";
import { readParticipant } from "@/lib/participant-record/data";
import { seesWholeMunicipality } from "@/lib/participants/access";
import { listStaff } from "@/lib/participants/data";
import { osloDate } from "@/lib/time/oslo";
import { programmeTimeLeft } from "@/lib/participants/rules";
import { participantTimeline } from "@/lib/timeline/data";
import { giveConsentAction, reassignParticipantAction, recordOutcomeAction, withdrawConsentAction } from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("title") };
}

export default async function ParticipantPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const ctx = await requireCtx("participants.read");
  const { id } = await params;
  const { saved } = await searchParams;
  const r = await orNotFound(readParticipant(ctx, id));
  const [consents, outcomes, events, planned, placementRows] = await Promise.all([
    listConsents(ctx, id),
    listOutcomes(ctx, id),
    participantTimeline(ctx, id),
    listParticipantFollowUps(ctx, id),
    participantPlacements(ctx, id),
  ]);
  const manage = seesWholeMunicipality(ctx.membership.role);
  const staff = manage ? await listStaff(ctx) : [];
  const t = await getTranslations("participants");
  const td = await getTranslations("participants.detail");
  const tp = await getTranslations("participants.privacy");
  const to = await getTranslations("participants.outcome");
  const tfu = await getTranslations("followUps.saved");
  const savedText =
    saved === "created" ? td("created") : saved === "contact" || saved === "work" ? tfu(saved) : td("saved");
  const locale = await getLocale();
  const today = osloDate(new Date());
  const left = programmeTimeLeft(r.programmeEnd, today);
  const name = `${r.firstName} ${r.lastName}`;

  return (
    <ClientMessages
      namespaces={["participants.consent", "participants.form", "participants.outcome", "participants.reassign"]}
    >
      <>
        <PageHeader
          title={name}
          lead={
            <>
              <StatusBadge status={r.status} />{" "}
              {td("programmeEnds", { date: formatDate(new Date(r.programmeEnd), locale) })} ·{" "}
              {left.kind === "months" ? t("timeLeft.months", { months: left.months }) : t(`timeLeft.${left.kind}`)}
            </>
          }
        >
          <p className="no-print flex flex-wrap gap-x-6 gap-y-2">
            <Link href={`/participants/${id}/edit`}>{td("edit")}</Link>
            <Link href={`/participants/${id}/contacts/new`}>{td("logContact")}</Link>
            <Link href={`/participants/${id}/work/new`}>{td("registerWork")}</Link>
            {can(ctx.membership.role, "matching.view") && (
              <Link href={`/participants/${id}/matches`}>{td("findSlots")}</Link>
            )}
            {can(ctx.membership.role, "audit.read") && <Link href={`/participants/${id}/audit`}>{td("audit")}</Link>}
            {can(ctx.membership.role, "participants.subjectRights") && (
              <Link href={`/participants/${id}/privacy`}>{tp("link")}</Link>
            )}
          </p>
        </PageHeader>
        {saved && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {savedText}
            </Alert>
          </div>
        )}
        <div className="grid gap-10 lg:grid-cols-2">
          <div className="flex flex-col gap-10">
            <section aria-labelledby="record">
              <h2 id="record" className="mb-2 text-xl font-semibold">
                {td("record")}
              </h2>
              <RecordSummary r={r} />
            </section>
            <PlacementsSection
              rows={placementRows}
              findHref={can(ctx.membership.role, "matching.view") ? `/participants/${id}/matches` : undefined}
            />
            <PlannedFollowUps participantId={id} rows={planned} today={today} />
            <section aria-labelledby="timeline">
              <h2 id="timeline" className="mb-2 text-xl font-semibold">
                {td("timeline")}
              </h2>
              <Timeline events={events} />
            </section>
          </div>
          <div className="flex flex-col gap-10">
            <ConsentPanel
              participantId={id}
              name={name}
              consents={consents}
              today={today}
              actions={{ give: giveConsentAction, withdraw: withdrawConsentAction }}
            />
            <section aria-labelledby="outcomes" className="flex flex-col gap-3">
              <h2 id="outcomes" className="text-xl font-semibold">
                {to("title")}
              </h2>
              <p className="text-muted">{to("lead")}</p>
              {outcomes.length === 0 ? (
                <p>{to("none")}</p>
              ) : (
                <ul className="list-disc pl-5">
                  {outcomes.map((o) => (
                    <li key={o.timepoint}>
                      {to(`timepoints.${o.timepoint}`)}: {to(`outcomes.${o.outcome}`)}
                      {o.reason ? ` (${o.reason})` : ""}
                    </li>
                  ))}
                </ul>
              )}
              <OutcomeForm participantId={id} action={recordOutcomeAction} />
            </section>
            {manage && (
              <ReassignForm
                participantId={id}
                current={r.assignedTo}
                staff={staff.map((s) => ({ value: s.id, label: s.name }))}
                action={reassignParticipantAction}
              />
            )}
          </div>
        </div>
      </>
    </ClientMessages>
  );
}
