import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DueStateBadge } from "@/components/follow-ups/due-state-badge";
import { followUpTitles } from "@/components/follow-ups/follow-up-title";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { DUE_LIST_LIMIT, listDueFollowUps } from "@/lib/follow-ups/data/follow-ups";
import { addDays, dueState } from "@/lib/follow-ups/rules";
import { dueListFiltersSchema } from "@/lib/follow-ups/schemas";
import { formatDate } from "@/lib/i18n/format";
import { caseloadScope, seesWholeMunicipality } from "@/lib/participants/access";
import { osloDate } from "@/lib/time/oslo";
import { MarkDoneForm } from "./mark-done-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUps"))("title") };
}

/** How far ahead the default view looks: two weeks covers the weekly cadence and the next planning. */
const SOON_DAYS = 14;

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
  const { rows, more } = await listDueFollowUps(
    ctx,
    { scope, until: range === "soon" ? addDays(today, SOON_DAYS) : null },
    now,
  );
  const t = await getTranslations("followUps");
  const title = await followUpTitles();
  const locale = await getLocale();
  const date = (d: string) => formatDate(new Date(`${d}T12:00:00Z`), locale);

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
      <form method="get" aria-label={t("filters.label")} className="no-print mb-6 flex flex-wrap items-end gap-4">
        {manage && (
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
        )}
        <Select
          name="range"
          label={t("filters.range")}
          defaultValue={range}
          options={[
            { value: "soon", label: t("filters.soon") },
            { value: "all", label: t("filters.everything") },
          ]}
          className="w-auto"
        />
        <Button type="submit" variant="secondary">
          {t("filters.show")}
        </Button>
      </form>
      <p className="mb-2 font-semibold" role="status">
        {more ? t("more", { limit: DUE_LIST_LIMIT }) : t("total", { count: rows.length })}
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
    </>
  );
}
