import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat, StatList } from "@/components/ui/stat";
import { Table, Td, Th } from "@/components/ui/table";
import type { Ctx } from "@/lib/auth/session";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { listOrganizerLeads } from "@/lib/leads/data/organizer";
import { LEAD_KINDS } from "@/lib/leads/rules";
import { markLeadHandledAction } from "./actions";
import { HandledForm } from "./handled-form";

/** The organizer's side: public candidates' leads to follow up, and participants' leads as counts only. */
export async function OrganizerLeads({ ctx, eventId }: { ctx: Ctx; eventId: string }) {
  const { rows, participantCounts } = await listOrganizerLeads(ctx, eventId);
  const t = await getTranslations("leads");
  const to = await getTranslations("leads.organizer");
  const locale = await getLocale();
  return (
    <>
      <StatList label={to("participantsTitle")}>
        {LEAD_KINDS.map((k) => (
          <Stat key={k} label={t(`kinds.${k}`)} value={formatNumber(participantCounts[k] ?? 0, locale)} />
        ))}
      </StatList>
      <p className="-mt-4 mb-8 max-w-prose">{to("participantsNote")}</p>
      <h2 className="mb-3 text-xl font-semibold">{to("publicTitle")}</h2>
      {rows.length === 0 ? (
        <EmptyState>{to("empty")}</EmptyState>
      ) : (
        <Table caption={to("caption", { count: rows.length })}>
          <thead>
            <tr>
              <Th>{to("candidate")}</Th>
              <Th>{to("contact")}</Th>
              <Th>{to("employer")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("note")}</Th>
              <Th>{to("status")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>{r.candidateName}</Td>
                <Td>
                  {r.email && (
                    <a href={`mailto:${r.email}`} className="block">
                      {r.email}
                    </a>
                  )}
                  {r.phone && <span className="block">{r.phone}</span>}
                </Td>
                <Td>{r.employerName}</Td>
                <Td>{t(`kinds.${r.kind}`)}</Td>
                <Td className="whitespace-pre-line">{r.note ?? "—"}</Td>
                <Td>
                  {r.handledAt ? (
                    <Badge tone="success">{to("handledOn", { date: formatDate(r.handledAt, locale) })}</Badge>
                  ) : (
                    <HandledForm
                      action={markLeadHandledAction}
                      eventId={eventId}
                      id={r.id}
                      label={to("handledFor", { name: r.candidateName, employer: r.employerName })}
                    />
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
