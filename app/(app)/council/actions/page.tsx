import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listActionItems } from "@/lib/action-items/data/action-items";
import { actionFiltersSchema } from "@/lib/action-items/schemas";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { mayRunMeetings } from "@/lib/council/access";
import { loadCouncil } from "@/lib/council/data/council";
import { osloDate } from "@/lib/time/oslo";
import { ActionFiltersForm } from "./filters";
import { ActionItemTable } from "./item-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actionItems"))("title") };
}

export default async function ActionItemsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireCtx("council.read");
  const t = await getTranslations("actionItems");
  const locale = await getLocale();
  const scope = await loadCouncil(ctx);
  if (!scope) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState>{t("noCouncil")}</EmptyState>
      </>
    );
  }
  const f = actionFiltersSchema.parse(await searchParams);
  const today = osloDate(new Date());
  const [rows, mine] = await Promise.all([
    listActionItems(ctx, scope, f, today),
    listActionItems(ctx, scope, { status: "active", mine: "1" }, today),
  ]);
  const orgName = ctx.membership.organizationName;
  const filtered = Boolean(f.status || f.owner || f.overdue || f.mine);
  const newLink =
    mayRunMeetings(scope.role) && can(ctx.membership.role, "council.contribute") ? (
      <Link
        href="/council/actions/new"
        className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white"
      >
        {t("new")}
      </Link>
    ) : null;

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { council: scope.council.name })}>
        {newLink && <p className="no-print flex flex-wrap gap-4">{newLink}</p>}
      </PageHeader>
      <section aria-labelledby="mine-title" className="mb-8">
        <h2 id="mine-title" className="mb-3 text-xl font-semibold">
          {t("mineTitle", { org: orgName })}
        </h2>
        {mine.length === 0 ? (
          <p>{t("mineEmpty", { org: orgName })}</p>
        ) : (
          <ActionItemTable
            rows={mine}
            caption={t("mineCaption", { org: orgName })}
            today={today}
            locale={locale}
            showOwner={false}
          />
        )}
      </section>
      <section aria-labelledby="all-title">
        <h2 id="all-title" className="mb-3 text-xl font-semibold">
          {t("allTitle")}
        </h2>
        <ActionFiltersForm values={f} members={scope.members} />
        <p className="mb-2 font-semibold" role="status">
          {t("total", { count: rows.length })}
        </p>
        {rows.length === 0 ? (
          <EmptyState action={!filtered ? newLink : undefined}>{filtered ? t("emptyFiltered") : t("empty")}</EmptyState>
        ) : (
          <ActionItemTable rows={rows} caption={t("caption")} today={today} locale={locale} />
        )}
      </section>
    </>
  );
}
