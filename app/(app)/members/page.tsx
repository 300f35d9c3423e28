import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { listMembers, memberSegments } from "@/lib/members/data";
import { memberFiltersSchema } from "@/lib/members/schemas";
import { formatOrgNumber } from "@/lib/organizations/rules";
import { MemberFilters } from "./filters";
import { SegmentSummary } from "./segment-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

const PAGE_SIZE = 25;

export default async function MembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireCtx("members.manage");
  const t = await getTranslations("members");
  const te = await getTranslations("employers");
  const locale = await getLocale();
  const params = await searchParams;
  const f = memberFiltersSchema.parse(params);
  const page = f.page ?? 1;
  const [{ rows, total }, segments] = await Promise.all([
    listMembers(ctx, { ...f, page, pageSize: PAGE_SIZE }),
    memberSegments(ctx),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = Boolean(f.q || f.industry || f.sizeBand);
  const query = (over: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...f, ...over })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/members?${q}`;
  };

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { association: ctx.membership.organizationName })}>
        <p className="no-print">
          <Link href="/members/import">{t("importLink")}</Link>
        </p>
      </PageHeader>
      {segments.length > 0 && <SegmentSummary segments={segments} />}
      <MemberFilters values={f} />
      <p className="mb-2 font-semibold" role="status">
        {t("total", { count: total })}
      </p>
      {rows.length === 0 ? (
        <EmptyState
          action={
            filtered ? (
              <Link href="/members">{t("clearFilters")}</Link>
            ) : (
              <Link href="/members/import">{t("importLink")}</Link>
            )
          }
        >
          {filtered ? t("emptyFiltered") : t("empty")}
        </EmptyState>
      ) : (
        <Table caption={t("caption", { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("orgNumber")}</Th>
              <Th>{t("industry")}</Th>
              <Th>{t("sizeBand")}</Th>
              <Th>{t("memberSince")}</Th>
              <Th>{t("contact")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>{r.name}</Td>
                <Td className="whitespace-nowrap">{formatOrgNumber(r.orgNumber)}</Td>
                <Td>{r.industry ? te(`industries.${r.industry}`) : t("none")}</Td>
                <Td>{r.sizeBand ? te(`sizeBands.${r.sizeBand}`) : t("none")}</Td>
                <Td className="whitespace-nowrap">
                  {r.memberSince ? formatDate(new Date(`${r.memberSince}T12:00:00Z`), locale) : t("none")}
                </Td>
                <Td>
                  {r.contactName || r.contactEmail ? (
                    <>
                      {r.contactName && <span className="block">{r.contactName}</span>}
                      {r.contactEmail && <a href={`mailto:${r.contactEmail}`}>{r.contactEmail}</a>}
                    </>
                  ) : (
                    t("noContact")
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pages={pages} href={(p) => query({ page: p })} />
    </>
  );
}
