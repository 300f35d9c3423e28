import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SortHeader } from "@/components/participants/sort-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { listEmployers } from "@/lib/employers/data/employers";
import { employerFiltersSchema } from "@/lib/employers/schemas";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { EmployerFilters } from "./filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employers"))("title") };
}

const PAGE_SIZE = 25;

export default async function EmployersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireCtx("employers.read");
  const t = await getTranslations("employers");
  const locale = await getLocale();
  const params = await searchParams;
  const f = employerFiltersSchema.parse(params);
  const sort = f.sort ?? "name";
  const dir = f.dir ?? (sort === "name" ? "asc" : "desc");
  const page = f.page ?? 1;
  const { rows, total } = await listEmployers(ctx, { ...f, sort, dir, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const used = [f.q, f.industry, f.member, f.openSlots].filter(Boolean).length;
  const filtered = used > 0;

  const query = (over: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, ...over })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/employers?${q}`;
  };
  const header = (column: string, label: string) => (
    <SortHeader
      column={column}
      label={label}
      current={sort}
      dir={dir}
      href={(s, d) => query({ sort: s, dir: d, page: undefined })}
    />
  );

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { city: ctx.membership.city })} />
      <EmployerFilters values={f} active={used} />
      <p className="mb-2 font-semibold" role="status">
        {t("total", { count: total })}
      </p>
      {rows.length === 0 ? (
        <EmptyState action={filtered ? <Link href="/employers">{t("clearFilters")}</Link> : undefined}>
          {filtered ? t("emptyFiltered") : t("empty", { city: ctx.membership.city })}
        </EmptyState>
      ) : (
        <Table cards caption={t("caption", { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}>
          <thead>
            <tr>
              {header("name", t("name"))}
              <Th>{t("industry")}</Th>
              <Th>{t("isMember")}</Th>
              {header("openSlots", t("openSlotsColumn"))}
              {header("lastContact", t("lastContact"))}
              <Th>{t("contactPerson")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`/employers/${r.id}`}>{r.name}</Link>
                </Td>
                <Td label={t("industry")}>{r.industry ? t(`industries.${r.industry}`) : t("none")}</Td>
                <Td label={t("isMember")}>{r.isMember ? <Badge tone="info">{t("yes")}</Badge> : t("no")}</Td>
                <Td label={t("openSlotsColumn")}>{formatNumber(r.openSlots, locale)}</Td>
                <Td label={t("lastContact")}>
                  {r.lastContact ? formatDate(new Date(r.lastContact), locale) : t("none")}
                </Td>
                <Td label={t("contactPerson")}>{r.contactName ?? t("none")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pages={pages} href={(p) => query({ page: p })} />
    </>
  );
}
