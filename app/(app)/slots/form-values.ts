import type { SlotDetail } from "@/lib/slots/data";
import { occupationLabel } from "@/lib/occupations/rules";
import type { Locale } from "@/lib/i18n/locale";

/** A stored slot as the flat string values the slot form uses. */
export function slotToFormValues(s: SlotDetail, locale: Locale): Record<string, string> {
  const v: Record<string, string> = {
    id: s.id,
    version: String(s.version),
    employerId: s.employerId,
    kind: s.kind,
    title: s.title,
    description: s.description,
    occupation: occupationLabel(s.iscoCode, locale),
    positions: String(s.positions),
    norwegianRequired: s.norwegianRequired ?? "",
    requiresDrivingLicence: s.requiresDrivingLicence ? "on" : "",
    otherRequirements: s.otherRequirements ?? "",
    area: s.area ?? "",
    startsOn: s.startsOn,
    endsOn: s.endsOn ?? "",
    hoursPerWeek: String(s.hoursPerWeek),
    canLeadToJob: s.canLeadToJob ? "on" : "",
    mentorName: s.mentorName ?? "",
    status: s.status,
  };
  for (const scheme of s.supportSchemes) v[`scheme_${scheme}`] = "on";
  return v;
}
