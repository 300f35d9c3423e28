import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MeetingBadges } from "@/components/council/meeting-badges";
import { buttonLink } from "@/components/council/styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { mayRunMeetings } from "@/lib/council/access";
import { loadCouncil } from "@/lib/council/data/council";
import { listMeetings, type MeetingListRow } from "@/lib/council/data/meetings";
import { formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

async function MeetingTable({ caption, rows }: { caption: string; rows: MeetingListRow[] }) {
  const t = await getTranslations("meetings.list");
  const locale = await getLocale();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("meeting")}</Th>
          <Th>{t("when")}</Th>
          <Th>{t("venue")}</Th>
          <Th>{t("status")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>
              <Link href={`/council/meetings/${r.id}`}>{r.title}</Link>
            </Td>
            <Td>{formatDateTime(r.startsAt, locale)}</Td>
            <Td>{r.venue}</Td>
            <Td>
              <MeetingBadges meeting={r} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export default async function MeetingsPage() {
  const scope = await loadCouncil(await requireCtx("council.read"));
  if (!scope) notFound();
  const t = await getTranslations("meetings");
  const { upcoming, past } = await listMeetings(scope, new Date());
  const newLink = mayRunMeetings(scope.role) ? (
    <Link href="/council/meetings/new" className={buttonLink}>
      {t("new")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { name: scope.council.name })}>
        {newLink && <p className="no-print flex flex-wrap gap-4">{newLink}</p>}
      </PageHeader>
      <section aria-labelledby="upcoming-title" className="mb-8">
        <h2 id="upcoming-title" className="mb-3 text-xl font-semibold">
          {t("list.upcoming")}
        </h2>
        {upcoming.length === 0 ? (
          <EmptyState>
            {newLink ? t("list.emptySecretariat") : t("list.empty", { secretariat: scope.secretariatName })}
          </EmptyState>
        ) : (
          <MeetingTable caption={t("list.upcomingCaption", { count: upcoming.length })} rows={upcoming} />
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past-title">
          <h2 id="past-title" className="mb-3 text-xl font-semibold">
            {t("list.past")}
          </h2>
          <MeetingTable caption={t("list.pastCaption", { count: past.length })} rows={past} />
        </section>
      )}
    </>
  );
}
