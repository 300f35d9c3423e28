import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { Ctx } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { listEmployerLeads } from "@/lib/leads/data/leads";
import { occupationLabel } from "@/lib/occupations/rules";
import { saveLeadAction } from "./actions";
import { LeadForm } from "./lead-form";

/** The employer's side: one evaluation form per candidate they met or wished to meet. */
export async function EmployerLeads({ ctx, eventId }: { ctx: Ctx; eventId: string }) {
  const { event, hasStand, open, candidates, slots } = await listEmployerLeads(ctx, eventId);
  const t = await getTranslations("leads");
  const te = await getTranslations("participants.education");
  const locale = await getLocale();
  if (!hasStand) return <EmptyState>{t("noStand")}</EmptyState>;
  if (!open) return <Alert tone="info">{t("notOpen", { start: formatDateTime(event.startsAt, locale) })}</Alert>;
  if (candidates.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  return (
    <>
      <p className="mb-6 max-w-prose">{t("employerIntro")}</p>
      <ul className="flex flex-col gap-6">
        {candidates.map((c) => (
          <li key={c.id}>
            <section aria-labelledby={`cand-${c.id}`} className="flex flex-col gap-3 rounded border border-line p-4">
              <h2 id={`cand-${c.id}`} className="text-xl font-semibold">
                {c.name}
              </h2>
              <p className="flex flex-wrap gap-2">
                {c.met && <Badge tone="info">{t("met")}</Badge>}
                {c.wished && <Badge>{t("wished")}</Badge>}
                {c.lead && <Badge tone="success">{t("recorded", { kind: t(`kinds.${c.lead.kind}`) })}</Badge>}
              </p>
              <p>
                {te(c.educationLevel)}
                {c.occupations.length > 0 && ` · ${c.occupations.map((o) => occupationLabel(o, locale)).join(", ")}`}
              </p>
              <LeadForm
                action={saveLeadAction}
                eventId={eventId}
                candidate={{ id: c.id, name: c.name, participant: c.participant }}
                lead={c.lead}
                slots={slots}
              />
            </section>
          </li>
        ))}
      </ul>
    </>
  );
}
