import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { listEvents, type EventListRow } from "@/lib/events/data";
import { formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

const buttonLink =
  "rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white";

async function EventTable({ caption, rows }: { caption: string; rows: EventListRow[] }) {
  const t = await getTranslations("events");
  const locale = await getLocale();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("list.titleColumn")}</Th>
          <Th>{t("list.kind")}</Th>
          <Th>{t("list.when")}</Th>
          <Th>{t("list.venue")}</Th>
          <Th>{t("list.organizer")}</Th>
          <Th>{t("list.status")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>
              <Link href={`/events/${r.id}`}>{r.title}</Link>
            </Td>
            <Td>{t(`kinds.${r.kind}`)}</Td>
            <Td>{formatDateTime(r.startsAt, locale)}</Td>
            <Td>{r.venue}</Td>
            <Td>{r.associationName}</Td>
            <Td>
              <EventStatusBadge status={r.status} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export default async function EventsPage() {
  const ctx = await requireCtx("events.read");
  const t = await getTranslations("events");
  const { upcoming, past } = await listEvents(ctx, new Date());
  const newLink = can(ctx.membership.role, "events.manage") ? (
    <Link href="/events/new" className={buttonLink}>
      {t("new")}
    </Link>
  ) : null;
  const lead = ctx.membership.role === "association_staff" ? t("leadStaff") : t("lead", { city: ctx.membership.city });
  return (
    <>
      <PageHeader title={t("title")} lead={lead}>
        {newLink && <p className="no-print flex flex-wrap gap-4">{newLink}</p>}
      </PageHeader>
      <section aria-labelledby="upcoming-title" className="mb-8">
        <h2 id="upcoming-title" className="mb-3 text-xl font-semibold">
          {t("list.upcoming")}
        </h2>
        {upcoming.length === 0 ? (
          <EmptyState action={newLink}>{newLink ? t("list.emptyStaff") : t("list.empty")}</EmptyState>
        ) : (
          <EventTable caption={t("list.upcomingCaption", { count: upcoming.length })} rows={upcoming} />
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past-title">
          <h2 id="past-title" className="mb-3 text-xl font-semibold">
            {t("list.past")}
          </h2>
          <EventTable caption={t("list.pastCaption", { count: past.length })} rows={past} />
        </section>
      )}
    </>
  );
}
