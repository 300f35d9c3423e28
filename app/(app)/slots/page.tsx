import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SlotStatusBadge } from "@/components/slots/slot-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { occupationLabel, readOccupationFilter } from "@/lib/occupations/rules";
import { picksEmployer } from "@/lib/slots/access";
import { listCityEmployers, listSlots } from "@/lib/slots/data";
import { slotFiltersSchema } from "@/lib/slots/schemas";
import { SlotFilters } from "./filters";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const ctx = await requireCtx("slots.read");
  const t = await getTranslations("slots");
  return { title: picksEmployer(ctx.membership.role) ? t("title") : t("employerTitle") };
}

const PAGE_SIZE = 25;

export default async function SlotsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireCtx("slots.read");
  const t = await getTranslations("slots");
  const locale = await getLocale();
  const params = await searchParams;
  const f = slotFiltersSchema.parse(params);
  // Staff pick among the city's employers; an employer sees only its own slots.
  const isEmployer = !picksEmployer(ctx.membership.role);
  const employers = isEmployer ? null : (await listCityEmployers(ctx)).map((e) => ({ value: e.id, label: e.name }));
  const page = f.page ?? 1;
  // Employers see all their own slots by default; staff see the open ones they can match.
  const defaultStatus = isEmployer ? "all" : "open";
  const status = f.status ?? defaultStatus;
  const { code: iscoCode, notFound: occupationNotFound } = isEmployer ? {} : readOccupationFilter(f.occupation);
  const { rows, total } = await listSlots(ctx, {
    status,
    kind: f.kind,
    iscoCode,
    employerId: isEmployer ? undefined : f.employer,
    page,
    pageSize: PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = Boolean((f.status && f.status !== "all") || f.kind || iscoCode || f.employer);
  const query = (over: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, ...over })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/slots?${q}`;
  };
  const newLink = can(ctx.membership.role, "slots.write") ? (
    <Link
      href="/slots/new"
      className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white"
    >
      {t("new")}
    </Link>
  ) : null;

  return (
    <ClientMessages namespaces={["occupationPicker"]}>
      <>
        <PageHeader
          title={isEmployer ? t("employerTitle") : t("title")}
          lead={isEmployer ? t("employerLead") : t("lead", { city: ctx.membership.city })}
        >
          {newLink && <p className="no-print flex flex-wrap gap-4">{newLink}</p>}
        </PageHeader>
        <SlotFilters
          values={{ ...f, status }}
          employers={employers}
          active={
            [status !== defaultStatus, f.kind, !isEmployer && f.occupation, !isEmployer && f.employer].filter(Boolean)
              .length
          }
          occupationError={occupationNotFound && t("occupationNotFound", { text: occupationNotFound })}
        />
        <p className="mb-2 font-semibold" role="status">
          {occupationNotFound && `${t("notFilteredByOccupation")} `}
          {t("total", { count: total })}
        </p>
        {rows.length === 0 ? (
          <EmptyState action={!filtered ? newLink : undefined}>{filtered ? t("emptyFiltered") : t("empty")}</EmptyState>
        ) : (
          <Table cards caption={t("caption", { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}>
            <thead>
              <tr>
                <Th>{t("titleColumn")}</Th>
                {!isEmployer && <Th>{t("employer")}</Th>}
                <Th>{t("kind")}</Th>
                <Th>{t("occupation")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("starts")}</Th>
                <Th>{t("positions")}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link href={`/slots/${r.id}`}>{r.title}</Link>
                  </Td>
                  {!isEmployer && <Td label={t("employer")}>{r.employerName}</Td>}
                  <Td label={t("kind")}>{t(`kinds.${r.kind}`)}</Td>
                  <Td label={t("occupation")}>{occupationLabel(r.iscoCode, locale)}</Td>
                  <Td label={t("status")}>
                    <SlotStatusBadge status={r.status} />
                  </Td>
                  <Td label={t("starts")}>{formatDate(new Date(r.startsOn), locale)}</Td>
                  <Td label={t("positions")}>{formatNumber(r.positions, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={page} pages={pages} href={(p) => query({ page: p })} />
      </>
    </ClientMessages>
  );
}
