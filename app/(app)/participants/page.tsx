import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/placements/stage-badge";
import { StatusBadge } from "@/components/participants/status-badge";
import { SortHeader } from "@/components/participants/sort-header";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { readOccupationFilter } from "@/lib/occupations/rules";
import { assignedFilter, caseloadScope, seesWholeMunicipality } from "@/lib/participants/access";
import { listParticipants, listStaff } from "@/lib/participants/data";
import { participantFiltersSchema } from "@/lib/participants/schemas";
import { ParticipantFilters } from "./filters";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("title") };
}

const PAGE_SIZE = 25;

export default async function ParticipantsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireCtx("participants.read");
  const t = await getTranslations("participants");
  const locale = await getLocale();
  const params = await searchParams;
  const f = participantFiltersSchema.parse(params);
  const manage = seesWholeMunicipality(ctx.membership.role);
  const staff = manage ? await listStaff(ctx) : [];
  const assigned = assignedFilter(
    ctx.membership.role,
    f.assigned,
    staff.map((s) => s.id),
  );
  const { code: wish, notFound: wishNotFound } = readOccupationFilter(f.wish);
  const sort = f.sort ?? "name";
  const dir = f.dir ?? "asc";
  const page = f.page ?? 1;
  const { rows, total } = await listParticipants(ctx, { ...f, wish, assigned, sort, dir, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const used = [f.q, f.status, f.endsWithinMonths, f.norwegianLevel, wish].filter(Boolean).length;
  const filtered = used > 0;

  const query = (over: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, ...over })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/participants?${q}`;
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
    <ClientMessages namespaces={["occupationPicker"]}>
      <>
        <PageHeader
          title={assigned === "mine" ? t("myTitle") : t("allTitle")}
          lead={assigned === "mine" ? t("lead") : t("leadAll", { municipality: ctx.membership.organizationName })}
        >
          <p className="no-print flex flex-wrap gap-4">
            <Link
              href="/participants/new"
              className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white"
            >
              {t("register")}
            </Link>
            {can(ctx.membership.role, "participants.import") && (
              <Link href="/participants/import" className="self-center">
                {t("import")}
              </Link>
            )}
          </p>
        </PageHeader>
        {params.erased && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("privacy.erased")}
            </Alert>
          </div>
        )}
        <ParticipantFilters
          values={{ ...f, assigned }}
          staff={staff.map((s) => ({ value: s.id, label: s.name }))}
          active={used + (assigned === caseloadScope(ctx.membership.role) ? 0 : 1)}
          wishError={wishNotFound && t("wishNotFound", { text: wishNotFound })}
        />
        <p className="mb-2 font-semibold" role="status">
          {wishNotFound && `${t("notFilteredByWish")} `}
          {t("total", { count: total })}
        </p>
        {rows.length === 0 ? (
          <EmptyState action={!filtered ? <Link href="/participants/new">{t("register")}</Link> : undefined}>
            {filtered ? t("emptyFiltered") : t("empty")}
          </EmptyState>
        ) : (
          <Table cards caption={t("caption", { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}>
            <thead>
              <tr>
                {header("name", t("name"))}
                {header("status", t("status"))}
                <Th>{t("norwegian")}</Th>
                {header("programmeEnd", t("programmeEnd"))}
                <Th>{t("work")}</Th>
                {header("nextFollowUp", t("nextFollowUp"))}
                {assigned !== "mine" && <Th>{t("consultant")}</Th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link href={`/participants/${r.id}`}>
                      {r.firstName} {r.lastName}
                    </Link>
                  </Td>
                  <Td label={t("status")}>
                    <StatusBadge status={r.status} />
                  </Td>
                  <Td label={t("norwegian")}>
                    {t("norwegianShort", {
                      speaking: r.norwegianSpeaking ?? t("none"),
                      writing: r.norwegianWriting ?? t("none"),
                    })}
                  </Td>
                  <Td label={t("programmeEnd")}>{formatDate(new Date(r.programmeEnd), locale)}</Td>
                  <Td label={t("work")}>
                    {r.placementStage ? (
                      <StageBadge stage={r.placementStage} />
                    ) : r.currentWork ? (
                      t(`workKinds.${r.currentWork}`)
                    ) : (
                      t("none")
                    )}
                  </Td>
                  <Td label={t("nextFollowUp")}>
                    {r.nextFollowUp ? formatDate(new Date(r.nextFollowUp), locale) : t("none")}
                  </Td>
                  {assigned !== "mine" && <Td label={t("consultant")}>{r.assignedName ?? t("none")}</Td>}
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
