import { getTranslations } from "next-intl/server";
import { decodeLeadTitle } from "@/lib/leads/rules";

/**
 * How a follow-up's title reads: cadence steps store a message key (followUps.cadence.*),
 * fair leads the parts of their title (lib/leads/rules.ts), next actions the text the consultant wrote.
 */
export async function followUpTitles(): Promise<
  (f: { source: "next_action" | "cadence" | "fair_lead"; title: string }) => string
> {
  const t = await getTranslations("followUps.cadence");
  const tl = await getTranslations("leads.followUpTitle");
  return (f) => {
    if (f.source === "cadence") return t.has(f.title) ? t(f.title) : f.title;
    const lead = f.source === "fair_lead" ? decodeLeadTitle(f.title) : null;
    return lead ? tl(lead.kind, { employer: lead.employer, event: lead.event }) : f.title;
  };
}
