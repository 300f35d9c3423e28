import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { Event } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";
import { listOurParticipants, registrationChoices, standChoices } from "@/lib/fair-candidates/data/participants";
import { registrationState } from "@/lib/fair-candidates/rules";
import { formatDateTime } from "@/lib/i18n/format";
import { occupationLabel } from "@/lib/occupations/rules";
import { cancelParticipantAction, setParticipantWishesAction } from "./actions";
import { RegisterParticipantForm } from "./register-form";
import { RowActionForm, StandWishesForm } from "./row-forms";

const tone = { registered: "success", waitlisted: "warning", cancelled: "neutral" } as const;

/** Municipality staff: their own participants at the fair, and registering more (with consent). */
export async function MunicipalityView({ ctx, event }: { ctx: Ctx; event: Event }) {
  const t = await getTranslations("fairCandidates");
  const tp = await getTranslations("publicFair");
  const locale = await getLocale();
  const open = registrationState(event, new Date()) === "open";
  const [ours, choices, stands] = await Promise.all([
    listOurParticipants(ctx, event.id),
    open ? registrationChoices(ctx, event.id) : Promise.resolve([]),
    standChoices(ctx, event.id),
  ]);
  const standOptions = stands.map((s) => ({
    id: s.id,
    label: s.occupations.length
      ? `${s.employerName} (${s.occupations.map((o) => occupationLabel(o, locale)).join(", ")})`
      : s.employerName,
  }));
  return (
    <>
      <PageHeader title={t("ours.title")} lead={t("ours.lead")}>
        <p className="max-w-prose">
          {event.minEducation ? tp(`eligibility.${event.minEducation}`) : tp("eligibility.anyone")}
        </p>
      </PageHeader>
      {ours.length === 0 ? (
        <EmptyState>{t("ours.empty")}</EmptyState>
      ) : (
        <Table caption={t("ours.caption")}>
          <thead>
            <tr>
              <Th>{t("columns.name")}</Th>
              <Th>{t("columns.status")}</Th>
              <Th>{t("columns.registered")}</Th>
              <Th>{t("columns.wishes")}</Th>
              <Th>
                <span className="sr-only">{t("columns.actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {ours.map((r) => (
              <tr key={r.id}>
                <Td>{r.participantId ? <Link href={`/participants/${r.participantId}`}>{r.name}</Link> : r.name}</Td>
                <Td>
                  <Badge tone={tone[r.status]}>{t(`statuses.${r.status}`)}</Badge>
                </Td>
                <Td>{formatDateTime(r.registeredAt, locale)}</Td>
                <Td>
                  {r.wishes.length ? r.wishes.map((w) => w.employerName).join(", ") : t("noWishes")}
                  {r.status !== "cancelled" && event.status === "published" && standOptions.length > 0 && (
                    <details className="mt-2">
                      <summary className="cursor-pointer">{t("chooseWishes", { name: r.name })}</summary>
                      <div className="mt-2">
                        <StandWishesForm
                          action={setParticipantWishesAction}
                          fields={{ eventId: event.id, candidateId: r.id }}
                          stands={standOptions}
                          chosen={r.wishes.map((w) => w.standId)}
                          legend={t("wishesLegend", { name: r.name })}
                        />
                      </div>
                    </details>
                  )}
                </Td>
                <Td>
                  {r.status !== "cancelled" && (
                    <RowActionForm
                      action={cancelParticipantAction}
                      fields={{ eventId: event.id, candidateId: r.id }}
                      label={t("cancelNamed", { name: r.name })}
                      variant="link"
                    />
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <div className="mt-8">
        {open ? (
          choices.length > 0 ? (
            <RegisterParticipantForm eventId={event.id} choices={choices} />
          ) : (
            <EmptyState>{t("register.noneLeft")}</EmptyState>
          )
        ) : (
          <EmptyState>{t("register.closed")}</EmptyState>
        )}
      </div>
    </>
  );
}
