import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DueStateBadge } from "@/components/follow-ups/due-state-badge";
import { followUpTitles } from "@/components/follow-ups/follow-up-title";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { listDueFollowUps } from "@/lib/follow-ups/data/follow-ups";
import { DUE_RANGES, dueRangeBounds, dueState, type DueRange } from "@/lib/follow-ups/rules";
import { dueListFiltersSchema } from "@/lib/follow-ups/schemas";
import { formatWeekdayDate } from "@/lib/i18n/format";
import { caseloadScope, seesWholeMunicipality } from "@/lib/participants/access";
import { osloDate } from "@/lib/time/oslo";
import { MarkDoneForm } from "./mark-done-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUps"))("title") };
}

const RANGE_LABELS: Record<DueRange, string> = {
  overdue: "filters.overdue",
  week: "filters.week",
  soon: "filters.soon",
  all: "filters.everything",
};

export default async function FollowUpsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireCtx("followups.write");
  const params = await searchParams;
  const f = dueListFiltersSchema.parse(params);
  const manage = seesWholeMunicipality(ctx.membership.role);
  const scope = caseloadScope(ctx.membership.role, f.scope);
  const range = f.range ?? "soon";
  const now = new Date();
  const today = osloDate(now);
  const { rows, total, page, pages } = await listDueFollowUps(
    ctx,
    { scope, ...dueRangeBounds(range, today), page: f.page },
    now,
  );
  const t = await getTranslations("followUps");
  const title = await followUpTitles();
  const locale = await getLocale();
  // "man. 7. des.": a week is planned by its weekdays; the year only when it is not this one.
  const date = (d: string) =>
    formatWeekdayDate(new Date(`${d}T12:00:00Z`), locale, d.slice(0, 4) !== today.slice(0, 4));
  const rangeHref = (r: DueRange) => `/follow-ups?${new URLSearchParams({ ...(manage && { scope }), range: r })}`;

  return (
    <>
      <PageHeader
        title={t("title")}
        lead={scope === "all" ? t("leadAll", { municipality: ctx.membership.organizationName }) : t("lead")}
      />
      {(params.saved === "contact" || params.done === "1") && (
        <div className="mb-6">
          <Alert tone="success" role="status">
            {params.done === "1" ? t("markedDone") : t("saved.contact")}
          </Alert>
        </div>
      )}
      {/* Each range is one link, so "this week" is a single click from anywhere. */}
      <nav aria-label={t("filters.range")} className="no-print mb-4">
        <ul className="flex flex-wrap gap-2">
          {DUE_RANGES.map((r) => (
            <li key={r}>
              <Link
                href={rangeHref(r)}
                aria-current={r === range ? "page" : undefined}
                className={
                  r === range
                    ? "inline-block rounded border-2 border-current px-3 py-1 font-semibold no-underline"
                    : "inline-block rounded border border-line px-3 py-1"
                }
              >
                {t(RANGE_LABELS[r])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {manage && (
        <form method="get" aria-label={t("filters.label")} className="no-print mb-6 flex flex-wrap items-end gap-4">
          <input type="hidden" name="range" value={range} />
          <Select
            name="scope"
            label={t("filters.scope")}
            defaultValue={scope}
            options={[
              { value: "mine", label: t("filters.mine") },
              { value: "all", label: t("filters.all") },
            ]}
            className="w-auto"
          />
          <Button type="submit" variant="secondary">
            {t("filters.show")}
          </Button>
        </form>
      )}
      <p className="mb-2 font-semibold" role="status">
        {t("total", { count: total })}
      </p>
      {rows.length === 0 ? (
        <EmptyState action={<Link href="/participants">{t("emptyAction")}</Link>}>{t("empty")}</EmptyState>
      ) : (
        <Table caption={t("caption")} cards>
          <thead>
            <tr>
              <Th>{t("participant")}</Th>
              <Th>{t("what")}</Th>
              <Th>{t("due")}</Th>
              <Th>{t("state")}</Th>
              {scope === "all" && <Th>{t("staff")}</Th>}
              <Th>{t("actions")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const name = r.participantName ?? t("noParticipant");
              return (
                <tr key={r.id}>
                  <Td>{r.participantId ? <Link href={`/participants/${r.participantId}`}>{name}</Link> : name}</Td>
                  <Td label={t("what")}>
                    {title(r)}
                    <span className="block text-sm text-muted">{t(`sources.${r.source}`)}</span>
                  </Td>
                  <Td label={t("due")} className="whitespace-nowrap">
                    {date(r.dueOn)}
                  </Td>
                  <Td label={t("state")}>
                    <DueStateBadge state={dueState(r.dueOn, today)} />
                  </Td>
                  {scope === "all" && <Td label={t("staff")}>{r.staffName ?? "–"}</Td>}
                  <Td label={t("actions")}>
                    <div className="flex flex-col items-start gap-2">
                      {r.participantId && (
                        <Link href={`/participants/${r.participantId}/contacts/new?followUp=${r.id}&from=due`}>
                          {t("logContact")} <span className="sr-only">{t("logContactFor", { name })}</span>
                        </Link>
                      )}
                      <MarkDoneForm
                        id={r.id}
                        scope={manage ? scope : ""}
                        range={range}
                        label={t("markDone")}
                        labelDetail={t("markDoneFor", { title: title(r), name })}
                        pendingText={t("marking")}
                      />
                    </div>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination
        page={page}
        pages={pages}
        href={(p) => `/follow-ups?${new URLSearchParams({ ...(manage && { scope }), range, page: String(p) })}`}
      />
    </>
  );
}
