import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { loadEvent } from "@/lib/events/data";
import { formatNumber } from "@/lib/i18n/format";
import { occupationLabel } from "@/lib/occupations/rules";
import { listStands } from "@/lib/stands/data";
import { setStandNumberAction } from "../../actions";
import { StandNumberForm } from "../../stand-number-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stands.list"))("title") };
}

export default async function StandsPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("events.read");
  const { id } = await params;
  const rows = await orNotFound(listStands(ctx, id));
  const { event, access } = await orNotFound(loadEvent(ctx, id, ["organizer", "cohost"]));
  const t = await getTranslations("stands.list");
  const locale = await getLocale();
  const registered = rows.filter((r) => r.status === "registered");
  const organizer = access === "organizer";
  const count = formatNumber(registered.length, locale);
  return (
    <ClientMessages namespaces={["stands.number"]}>
      <>
        <PageHeader title={t("title")} lead={organizer ? t("leadOrganizer") : t("leadCohost")} />
        <p className="mb-4 font-semibold" role="status">
          {event.standCapacity
            ? t("countOf", { count: registered.length, n: count, capacity: formatNumber(event.standCapacity, locale) })
            : t("count", { count: registered.length, n: count })}
        </p>
        {rows.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <Table caption={t("caption", { title: event.title })}>
            <thead>
              <tr>
                <Th>{t("number")}</Th>
                <Th>{t("employer")}</Th>
                <Th>{t("representatives")}</Th>
                <Th>{t("tables")}</Th>
                <Th>{t("occupations")}</Th>
                <Th>{t("slots")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    {organizer && r.status === "registered" ? (
                      <StandNumberForm
                        action={setStandNumberAction}
                        eventId={id}
                        standId={r.id}
                        employerName={r.employerName}
                        current={r.standNumber}
                      />
                    ) : (
                      (r.standNumber ?? t("noNumber"))
                    )}
                  </Td>
                  <Td>{r.employerName}</Td>
                  <Td>{formatNumber(r.representatives, locale)}</Td>
                  <Td>{formatNumber(r.tables, locale)}</Td>
                  <Td>
                    <ul>
                      {r.occupations.map((o) => (
                        <li key={o}>{occupationLabel(o, locale)}</li>
                      ))}
                    </ul>
                  </Td>
                  <Td>{r.slotTitles.length ? r.slotTitles.join(", ") : t("none")}</Td>
                  <Td>
                    <Badge tone={r.status === "registered" ? "success" : "warning"}>{t(`statuses.${r.status}`)}</Badge>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </>
    </ClientMessages>
  );
}
