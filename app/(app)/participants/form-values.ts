import type { ParticipantRecord } from "@/lib/participant-record/data";
import { occupationLabel } from "@/lib/occupations/rules";
import type { Locale } from "@/lib/i18n/locale";

/** A stored record as the flat string values the participant form uses. */
export function recordToFormValues(r: ParticipantRecord, locale: Locale): Record<string, string> {
  const v: Record<string, string> = {
    id: r.id,
    version: String(r.version),
    firstName: r.firstName,
    lastName: r.lastName,
    birthYear: String(r.birthYear),
    email: r.email ?? "",
    phone: r.phone ?? "",
    countryOfOrigin: r.countryOfOrigin ?? "",
    norwegianReading: r.norwegianReading ?? "",
    norwegianWriting: r.norwegianWriting ?? "",
    norwegianSpeaking: r.norwegianSpeaking ?? "",
    norwegianListening: r.norwegianListening ?? "",
    educationLevel: r.educationLevel,
    educationField: r.educationField ?? "",
    drivingLicence: r.drivingLicence ? "on" : "",
    hoursPerWeek: r.hoursPerWeek != null ? String(r.hoursPerWeek) : "",
    availableFrom: r.availableFrom ?? "",
    area: r.area ?? "",
    programmeTrack: r.programmeTrack,
    programmeStart: r.programmeStart,
    programmeEnd: r.programmeEnd,
    status: r.status,
    assignedTo: r.assignedTo ?? "",
    externalId: r.externalId ?? "",
  };
  r.languages.forEach((l, i) => Object.assign(v, { [`lang${i}`]: l.language, [`langLevel${i}`]: l.level }));
  r.experience.forEach((e, i) =>
    Object.assign(v, { [`exp${i}`]: occupationLabel(e.iscoCode, locale), [`expYears${i}`]: String(e.years) }),
  );
  r.wishes.forEach((w, i) => (v[`wish${i}`] = occupationLabel(w, locale)));
  return v;
}
