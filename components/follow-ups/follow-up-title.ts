import { getTranslations } from "next-intl/server";

/**
 * How a follow-up's title reads: cadence steps store a message key (followUps.cadence.*),
 * next actions the text the consultant wrote.
 */
export async function followUpTitles(): Promise<(f: { source: "next_action" | "cadence" | "fair_lead"; title: string }) => string> {
  const t = await getTranslations("followUps.cadence");
  return (f) => (f.source === "cadence" && t.has(f.title) ? t(f.title) : f.title);
}
