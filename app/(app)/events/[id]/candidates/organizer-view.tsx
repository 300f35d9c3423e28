import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { candidateStatusEnum } from "@/db/schema/events";
import type { Ctx } from "@/lib/auth/session";
import type { CandidateFilterParams } from "@/lib/fair-candidates/schemas";
import { listCandidates } from "@/lib/fair-candidates/data/staff";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { occupationLabel } from "@/lib/occupations/rules";
import { cancelCandidateAction, deleteCandidateAction } from "./actions";
import { Figures } from "./figures";
import { RowActionForm } from "./row-forms";

const PAGE_SIZE = 50;
const tone = { registered: "success", waitlisted: "warning", cancelled: "neutral" } as const;

/** Every candidate, by the fair snapshot only: programme participants are never linked to their record. */
export async function OrganizerView({
  ctx,
  eventId,
  filters,
}: {
  ctx: Ctx;
  eventId: string;
  filters: CandidateFilterParams;
}) {
  const t = await getTranslations("fairCandidates");
  const tp = await getTranslations("publicFair.education");
  const locale = await getLocale();
  const page = filters.page ?? 1;
  const { rows, total } = await listCandidates(ctx, eventId, { ...filters, page, pageSize: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const base = `/events/${eventId}/candidates`;
  const query = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, page: p })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `${base}?${q}`;
  };
  const filtered = Boolean(filters.status || filters.kind || filters.q);
  return (
    <>
      <PageHeader title={t("title")} lead={t("organizerLead")} />
      <Figures ctx={ctx} eventId={eventId} />
      <form
        method="get"
        action={base}
        className="no-print mb-6 rounded border border-line bg-surface p-4"
        aria-labelledby="filters-title"
      >
        <h2 id="filters-title" className="mb-3 text-lg font-semibold">
          {t("filters.title")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="q" label={t("filters.q")} defaultValue={filters.q ?? ""} autoComplete="off" />
          <Select
            name="status"
            label={t("filters.status")}
            defaultValue={filters.status ?? ""}
            options={[
              { value: "", label: t("filters.all") },
              ...candidateStatusEnum.enumValues.map((s) => ({
                value: s,
                label: t(`statuses.${s}`),
              })),
            ]}
          />
          <Select
            name="kind"
            label={t("filters.kind")}
            defaultValue={filters.kind ?? ""}
            options={[
              { value: "", label: t("filters.all") },
              { value: "public", label: t("kinds.public") },
              { value: "participant", label: t("kinds.participant") },
            ]}
          />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {t("filters.apply")}
          </button>
          <Link href={base}>{t("filters.clear")}</Link>
        </div>
      </form>
      <p className="mb-2 font-semibold" role="status">
        {t("total", { count: total })}
      </p>
      {rows.length === 0 ? (
        <EmptyState>{filtered ? t("emptyFiltered") : t("empty")}</EmptyState>
      ) : (
        <Table caption={t("caption", { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}>
          <thead>
            <tr>
              <Th>{t("columns.name")}</Th>
              <Th>{t("columns.kind")}</Th>
              <Th>{t("columns.education")}</Th>
              <Th>{t("columns.occupations")}</Th>
              <Th>{t("columns.wishes")}</Th>
              <Th>{t("columns.status")}</Th>
              <Th>{t("columns.registered")}</Th>
              <Th>
                <span className="sr-only">{t("columns.actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {rows
              .map(({ name, ...r }) => ({ ...r, name: name ?? t("hiddenName") }))
              .map((r) => (
                <tr key={r.id}>
                  <Td>{r.name}</Td>
                  <Td>{r.isParticipant ? t("kinds.participant") : t("kinds.public")}</Td>
                  <Td>{tp(r.educationLevel)}</Td>
                  <Td className="text-sm">{r.occupations.map((o) => occupationLabel(o, locale)).join(", ")}</Td>
                  <Td className="text-sm">{r.wishes.length > 0 ? r.wishes.join(", ") : "–"}</Td>
                  <Td>
                    <Badge tone={tone[r.status]}>
                      {r.status === "waitlisted" && r.waitlistPosition
                        ? t("waitlistPosition", { position: r.waitlistPosition })
                        : t(`statuses.${r.status}`)}
                    </Badge>
                  </Td>
                  <Td>{formatDateTime(r.registeredAt, locale)}</Td>
                  <Td>
                    <div className="flex flex-col gap-2">
                      {r.status !== "cancelled" && (
                        <RowActionForm
                          action={cancelCandidateAction}
                          fields={{ eventId, candidateId: r.id }}
                          label={t("cancelNamed", { name: r.name })}
                          variant="link"
                        />
                      )}
                      {!r.isParticipant && (
                        <details>
                          <summary className="cursor-pointer text-danger">{t("deleteNamed", { name: r.name })}</summary>
                          <p className="my-2 max-w-xs text-sm">{t("deleteLead")}</p>
                          <RowActionForm
                            action={deleteCandidateAction}
                            fields={{ eventId, candidateId: r.id }}
                            label={t("deleteConfirm", { name: r.name })}
                            danger
                          />
                        </details>
                      )}
                    </div>
                  </Td>
                </tr>
              ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pages={pages} href={query} />
    </>
  );
}
