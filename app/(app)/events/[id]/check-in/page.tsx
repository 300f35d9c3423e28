import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatList } from "@/components/ui/stat";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { listDoor } from "@/lib/check-in/data";
import { hasEnded } from "@/lib/check-in/rules";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { checkInAction } from "./actions";
import { CandidateStatus } from "./candidate-status";
import { CheckInButton } from "./check-in-button";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkIn"))("title") };
}

const buttonLink =
  "rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white";

export default async function CheckInPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string; noShows?: string }>;
}) {
  const ctx = await requireCtx("events.manage");
  const { id } = await params;
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  const { event, rows, more, counts } = await orNotFound(listDoor(ctx, id, q));
  const t = await getTranslations("checkIn");
  const locale = await getLocale();
  const n = (x: number) => formatNumber(x, locale);
  const now = new Date();
  const ended = hasEnded(event, now);

  return (
    <ClientMessages namespaces={["checkIn"]}>
      <>
        <PageHeader title={t("title")} lead={t("lead", { event: event.title })}>
          <p className="no-print">
            <Link href={`/events/${id}/check-in/walk-in`} className={buttonLink}>
              {t("walkInLink")}
            </Link>
          </p>
        </PageHeader>
        {sp.noShows !== undefined && /^\d+$/.test(sp.noShows) && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("noShows.done", { count: Number(sp.noShows) })}
            </Alert>
          </div>
        )}
        <StatList label={t("counts")}>
          <Stat
            label={t("checkedInCount")}
            value={t("ofRegistered", { checkedIn: n(counts.checkedIn), registered: n(counts.registered) })}
          />
          <Stat label={t("waitlistedCount")} value={n(counts.waitlisted)} />
        </StatList>
        <form
          method="get"
          role="search"
          aria-label={t("searchLabel")}
          className="no-print mb-6 flex flex-wrap items-end gap-4"
        >
          <Field
            name="q"
            label={t("search")}
            hint={t("searchHint")}
            defaultValue={q}
            autoComplete="off"
            className="w-full max-w-md"
          />
          <Button type="submit" variant="secondary">
            {t("searchButton")}
          </Button>
          {q && <Link href={`/events/${id}/check-in`}>{t("showAll")}</Link>}
        </form>
        {rows.length === 0 ? (
          <EmptyState>{q ? t("noMatch", { q }) : t("empty")}</EmptyState>
        ) : (
          <Table caption={q ? t("captionSearch", { q, count: rows.length }) : t("caption", { count: rows.length })}>
            <thead>
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("statusHeader")}</Th>
                <Th className="no-print">{t("action")}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link href={`/events/${id}/check-in/${c.id}`}>{c.name}</Link>
                  </Td>
                  <Td>
                    <CandidateStatus c={c} />
                  </Td>
                  <Td className="no-print">
                    <CheckInButton
                      action={checkInAction}
                      eventId={id}
                      candidateId={c.id}
                      name={c.name}
                      checkedIn={c.checkedInAt !== null}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {more && <p className="mt-2">{t("more")}</p>}
        <section aria-labelledby="no-shows-title" className="no-print mt-10 flex flex-col gap-3">
          <h2 id="no-shows-title" className="text-xl font-semibold">
            {t("noShows.title")}
          </h2>
          {!ended ? (
            <p>{t("noShows.afterEnd", { end: formatDateTime(event.endsAt, locale) })}</p>
          ) : counts.unmarkedNoShows > 0 ? (
            <>
              <p>{t("noShows.pending", { count: counts.unmarkedNoShows })}</p>
              <p>
                <Link href={`/events/${id}/check-in/no-shows`}>{t("noShows.link")}</Link>
              </p>
            </>
          ) : (
            <p>{t("noShows.none", { marked: counts.markedNoShows })}</p>
          )}
        </section>
      </>
    </ClientMessages>
  );
}
