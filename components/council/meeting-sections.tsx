import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { isOverdue } from "@/lib/council/rules";
import type { MeetingPage } from "@/lib/council/data/meetings";
import { osloDate } from "@/lib/time/oslo";
import { formatDate } from "@/lib/i18n/format";
import { secondaryLink } from "./styles";

/** The agenda as a numbered list: who presents, how long, and the attachment. */
export async function AgendaSection({ agenda }: { agenda: MeetingPage["agenda"] }) {
  const t = await getTranslations("meetings.agenda");
  return (
    <section aria-labelledby="agenda-title" className="mb-8">
      <h2 id="agenda-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      {agenda.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="flex list-decimal flex-col gap-3 pl-6">
          {agenda.map((a) => (
            <li key={a.id}>
              <span className="font-semibold">{a.title}</span>
              {(a.ownerName || a.minutes) && (
                <span className="text-muted">
                  {" – "}
                  {[
                    a.ownerName && t("presenter", { org: a.ownerName }),
                    a.minutes && t("minutes", { count: a.minutes }),
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </span>
              )}
              {a.attachmentUrl && (
                <>
                  {" "}
                  <a href={a.attachmentUrl} rel="noopener noreferrer">
                    {t("attachment", { title: a.title })}
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Who was there: names only, as in any minutes; representatives are not participants. */
export async function AttendanceList({ attendance }: { attendance: MeetingPage["attendance"] }) {
  const t = await getTranslations("meetings.attendance");
  const recorded = attendance.filter((a) => a.present !== null);
  if (recorded.length === 0) return <p>{t("notRecorded")}</p>;
  const names = (present: boolean) =>
    recorded
      .filter((a) => a.present === present)
      .map((a) => `${a.name} (${a.organizationName})`)
      .join(", ") || t("nobody");
  return (
    <dl className="flex flex-col gap-2">
      <div>
        <dt className="font-semibold">{t("present")}</dt>
        <dd>{names(true)}</dd>
      </div>
      <div>
        <dt className="font-semibold">{t("absent")}</dt>
        <dd>{names(false)}</dd>
      </div>
    </dl>
  );
}

const statusTone = { open: "info", in_progress: "warning", done: "success", dropped: "neutral" } as const;

/** The action items agreed at this meeting, with a link to add one (the secretariat). */
export async function ActionItemsSection({ page }: { page: MeetingPage }) {
  const t = await getTranslations("meetings.actionItems");
  const locale = await getLocale();
  const today = osloDate(new Date());
  const addLink = page.runsMeetings && page.meeting.status !== "cancelled" && (
    <Link href={`/council/actions/new?meeting=${page.meeting.id}`} className={secondaryLink}>
      {t("add")}
    </Link>
  );
  return (
    <section aria-labelledby="action-items-title" className="mb-8">
      <h2 id="action-items-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      {page.actionItems.length === 0 ? (
        <EmptyState action={addLink || undefined}>{t("empty")}</EmptyState>
      ) : (
        <>
          <Table caption={t("caption", { count: page.actionItems.length })}>
            <thead>
              <tr>
                <Th>{t("item")}</Th>
                <Th>{t("owner")}</Th>
                <Th>{t("dueOn")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            </thead>
            <tbody>
              {page.actionItems.map((a) => (
                <tr key={a.id}>
                  <Td>
                    <Link href={`/council/actions/${a.id}`}>{a.title}</Link>
                  </Td>
                  <Td>{a.ownerName}</Td>
                  <Td>{formatDate(new Date(`${a.dueOn}T12:00:00Z`), locale)}</Td>
                  <Td>
                    <span className="inline-flex flex-wrap gap-2">
                      <Badge tone={statusTone[a.status]}>{t(`statuses.${a.status}`)}</Badge>
                      {isOverdue(a, today) && <Badge tone="danger">{t("overdue")}</Badge>}
                    </span>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {addLink && <p className="mt-4">{addLink}</p>}
        </>
      )}
    </section>
  );
}
