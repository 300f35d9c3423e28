import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AttendanceForm } from "@/components/council/attendance-form";
import { ButtonForm } from "@/components/council/button-form";
import { DecisionForm } from "@/components/council/decision-forms";
import { Markdown } from "@/components/council/markdown";
import { MeetingBadges } from "@/components/council/meeting-badges";
import { ActionItemsSection, AgendaSection, AttendanceList } from "@/components/council/meeting-sections";
import { MinutesForm } from "@/components/council/minutes-form";
import { secondaryLink } from "@/components/council/styles";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { loadMeeting, type MeetingPage } from "@/lib/council/data/meetings";
import { isOpenForPlanning, meetingStatusTargets, recordLocked } from "@/lib/council/rules";
import { formatDate, formatDateTime, formatTime } from "@/lib/i18n/format";
import {
  reopenMinutesAction,
  removeDecisionAction,
  saveAttendanceAction,
  saveDecisionAction,
  saveMinutesAction,
  sendInvitationAction,
  setMeetingStatusAction,
} from "../actions";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

const SAVED = [
  "created",
  "updated",
  "held",
  "cancelled",
  "invited",
  "draft",
  "approved",
  "reopened",
  "decision",
  "decisionRemoved",
  "attendance",
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meeting } = await orNotFound(loadMeeting(await requireCtx("council.read"), (await params).id));
  return { title: meeting.title };
}

/** Invitation, edit and status: the secretariat's steps while the meeting is planned. */
async function PlanningTools({ page, now }: { page: MeetingPage; now: Date }) {
  const t = await getTranslations("meetings.page");
  const locale = await getLocale();
  const m = page.meeting;
  const fields = { id: m.id, version: String(m.version) };
  const targets = meetingStatusTargets(m, now);
  return (
    <section aria-labelledby="planning-title" className="no-print mb-8 flex flex-col gap-4">
      <h2 id="planning-title" className="text-xl font-semibold">
        {t("planning")}
      </h2>
      <p>
        {m.invitationSentAt
          ? t("invitationSent", { when: formatDateTime(m.invitationSentAt, locale) })
          : t("invitationNotSent")}
      </p>
      <div className="flex flex-wrap items-start gap-4">
        <Link href={`/council/meetings/${m.id}/edit`} className={secondaryLink}>
          {t("edit")}
        </Link>
        <ButtonForm
          action={sendInvitationAction}
          fields={m.invitationSentAt ? { ...fields, again: "yes" } : fields}
          label={m.invitationSentAt ? t("sendAgain") : t("send")}
          pendingText={t("sending")}
          confirm={
            m.invitationSentAt
              ? {
                  question: t("sendAgainQuestion", { title: m.title }),
                  consequence: t("sendAgainConsequence"),
                  yes: t("sendAgainYes"),
                  no: t("no"),
                }
              : undefined
          }
        />
      </div>
      <div className="flex flex-wrap items-start gap-4">
        {targets.map((status) => (
          <ButtonForm
            key={status}
            action={setMeetingStatusAction}
            fields={{ ...fields, status }}
            label={t(`to.${status}`)}
            pendingText={t("saving")}
            variant="secondary"
            confirm={{
              question: t(`confirm.${status}`, { title: m.title }),
              consequence: t(`consequence.${status}`),
              yes: t(`yes.${status}`),
              no: t("no"),
            }}
          />
        ))}
      </div>
    </section>
  );
}

async function DecisionsSection({ page, editable }: { page: MeetingPage; editable: boolean }) {
  const t = await getTranslations("meetings.decisions");
  const { decisions, meeting } = page;
  return (
    <section aria-labelledby="decisions-title" className="mb-8">
      <h2 id="decisions-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      {decisions.length === 0 && <p className="mb-3">{page.recordHidden ? t("notApproved") : t("empty")}</p>}
      <ol className="mb-4 flex list-decimal flex-col gap-4 pl-6">
        {decisions.map((d) => (
          <li key={d.id}>
            <p className="whitespace-pre-line">{d.text}</p>
            {editable && (
              <details className="mt-2">
                <summary>{t("change", { n: d.position })}</summary>
                <div className="mt-2 flex flex-col gap-3">
                  <DecisionForm key={d.text} action={saveDecisionAction} meetingId={meeting.id} decision={d} />
                  <ButtonForm
                    action={removeDecisionAction}
                    fields={{ meetingId: meeting.id, decisionId: d.id }}
                    label={t("remove", { n: d.position })}
                    pendingText={t("saving")}
                    variant="secondary"
                    confirm={{ question: t("removeQuestion", { n: d.position }), yes: t("removeYes"), no: t("no") }}
                  />
                </div>
              </details>
            )}
          </li>
        ))}
      </ol>
      {editable && <DecisionForm key={decisions.length} action={saveDecisionAction} meetingId={meeting.id} />}
    </section>
  );
}

async function MinutesSection({ page, now }: { page: MeetingPage; now: Date }) {
  const t = await getTranslations("meetings.minutes");
  const locale = await getLocale();
  const m = page.meeting;
  const approved = m.minutesStatus === "approved";
  let body;
  if (page.runsMeetings && !approved && m.status !== "cancelled") {
    body = (
      <>
        {m.minutesStatus === "draft" && <p className="mb-3">{t("draftNote")}</p>}
        <MinutesForm
          key={m.version}
          action={saveMinutesAction}
          id={m.id}
          version={m.version}
          minutes={m.minutes}
          mayApprove={now.getTime() >= m.startsAt.getTime()}
        />
      </>
    );
  } else if (approved) {
    body = (
      <>
        <p className="mb-3 text-muted">
          {m.minutesApprovedAt && t("approvedOn", { date: formatDate(m.minutesApprovedAt, locale) })}
        </p>
        <Markdown source={m.minutes} />
        {page.runsMeetings && (
          <div className="no-print mt-4">
            <ButtonForm
              action={reopenMinutesAction}
              fields={{ id: m.id, version: String(m.version) }}
              label={t("reopen")}
              pendingText={t("saving")}
              variant="secondary"
              confirm={{
                question: t("reopenQuestion", { title: m.title }),
                consequence: t("reopenConsequence"),
                yes: t("reopenYes"),
                no: t("no"),
              }}
            />
          </div>
        )}
      </>
    );
  } else {
    body = <p>{t("notApproved")}</p>;
  }
  return (
    <section aria-labelledby="minutes-title" className="mb-8">
      <h2 id="minutes-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      {body}
    </section>
  );
}

export default async function MeetingPageView({ params, searchParams }: Props) {
  const { id } = await params;
  const { saved } = await searchParams;
  const page = await orNotFound(loadMeeting(await requireCtx("council.read"), id));
  const t = await getTranslations("meetings");
  const locale = await getLocale();
  const now = new Date();
  const m = page.meeting;
  const editable = page.runsMeetings && !recordLocked(m) && m.status !== "cancelled";
  const until = formatTime(m.endsAt, locale);
  return (
    <ClientMessages namespaces={["meetings.attendance", "meetings.decisions", "meetings.minutes"]}>
      <>
        <p className="no-print mb-4">
          <Link href="/council/meetings">{t("page.back")}</Link>
        </p>
        <PageHeader
          title={m.title}
          lead={t("page.lead", { when: formatDateTime(m.startsAt, locale), until, venue: m.venue })}
        >
          <p className="flex flex-wrap items-center gap-4">
            <MeetingBadges meeting={m} showMinutes={page.runsMeetings || m.minutesStatus === "approved"} />
            <a href={`/api/council/meetings/${m.id}/calendar`} download>
              {t("page.calendar")}
            </a>
          </p>
        </PageHeader>
        {saved && SAVED.includes(saved) && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t(`saved.${saved}`)}
            </Alert>
          </div>
        )}
        {page.runsMeetings && isOpenForPlanning(m) && <PlanningTools page={page} now={now} />}
        <AgendaSection agenda={page.agenda} />
        <section aria-labelledby="attendance-title" className="mb-8">
          <h2 id="attendance-title" className="mb-3 text-xl font-semibold">
            {t("attendance.title")}
          </h2>
          {editable && page.attendance.length > 0 ? (
            <AttendanceForm
              key={JSON.stringify(page.attendance)}
              action={saveAttendanceAction}
              meetingId={m.id}
              people={page.attendance}
            />
          ) : page.recordHidden ? (
            <p>{t("attendance.notApproved")}</p>
          ) : (
            <AttendanceList attendance={page.attendance} />
          )}
        </section>
        <DecisionsSection page={page} editable={editable} />
        <MinutesSection page={page} now={now} />
        <ActionItemsSection page={page} />
      </>
    </ClientMessages>
  );
}
