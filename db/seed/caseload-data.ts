// Made-up participants for the demo caseload. The names are invented combinations typical of
// people settled as refugees in Norway; none of them belongs to a real or famous person.
import type { Cefr, EducationLevel, ParticipantStatus, ProgrammeTrack } from "../schema/participants";

export type Origin = "SY" | "ER" | "AF" | "SO" | "UA" | "CD" | "SD" | "IQ";

export interface OriginInfo {
  /** Country as a consultant would type it; recorded for about half of the participants only. */
  country: string;
  /** Other languages than Norwegian, mother tongue first. */
  languages: { language: string; level: Cefr }[];
}

export const ORIGINS: Record<Origin, OriginInfo> = {
  SY: {
    country: "Syria",
    languages: [
      { language: "ar", level: "C2" },
      { language: "en", level: "B1" },
    ],
  },
  ER: {
    country: "Eritrea",
    languages: [
      { language: "ti", level: "C2" },
      { language: "ar", level: "A2" },
    ],
  },
  AF: {
    country: "Afghanistan",
    languages: [
      { language: "prs", level: "C2" },
      { language: "ps", level: "B2" },
    ],
  },
  SO: {
    country: "Somalia",
    languages: [
      { language: "so", level: "C2" },
      { language: "en", level: "A2" },
    ],
  },
  UA: {
    country: "Ukraina",
    languages: [
      { language: "uk", level: "C2" },
      { language: "ru", level: "C1" },
      { language: "en", level: "B1" },
    ],
  },
  CD: {
    country: "Kongo (DR)",
    languages: [
      { language: "fr", level: "C1" },
      { language: "sw", level: "B2" },
    ],
  },
  SD: {
    country: "Sudan",
    languages: [
      { language: "ar", level: "C2" },
      { language: "en", level: "A2" },
    ],
  },
  IQ: {
    country: "Irak",
    languages: [
      { language: "ku", level: "C2" },
      { language: "ar", level: "B2" },
    ],
  },
};

export interface SeedParticipantName {
  first: string;
  last: string;
  origin: Origin;
}

const n = (first: string, last: string, origin: Origin): SeedParticipantName => ({ first, last, origin });

export const PARTICIPANT_NAMES: Record<"Bergen" | "Trondheim", SeedParticipantName[]> = {
  Bergen: [
    n("Lama", "Kassab", "SY"),
    n("Yonas", "Weldemichael", "ER"),
    n("Farid", "Sultani", "AF"),
    n("Hodan", "Warsame", "SO"),
    n("Oksana", "Kovalenko", "UA"),
    n("Grâce", "Mbuyi", "CD"),
    n("Rawan", "Osman", "SD"),
    n("Shilan", "Rasul", "IQ"),
    n("Yazan", "Shaheen", "SY"),
    n("Selam", "Ghebremariam", "ER"),
    n("Zarghuna", "Rahimi", "AF"),
    n("Abdirahman", "Nuur", "SO"),
    n("Dmytro", "Bondarchuk", "UA"),
    n("Patrick", "Kabongo", "CD"),
    n("Mohammed", "Abdelrahim", "SD"),
    n("Karwan", "Ahmed", "IQ"),
    n("Hiba", "Al-Rifai", "SY"),
    n("Mussie", "Habtom", "ER"),
    n("Mursal", "Noori", "AF"),
    n("Sahra", "Dirie", "SO"),
    n("Iryna", "Melnyk", "UA"),
    n("Esther", "Ilunga", "CD"),
    n("Tarek", "Habbal", "SY"),
    n("Helen", "Tekle", "ER"),
    n("Jawid", "Hakimi", "AF"),
    n("Taras", "Hnatyuk", "UA"),
    n("Amani", "Mukendi", "CD"),
    n("Nour", "Haj Ali", "SY"),
    n("Bereket", "Kidane", "ER"),
    n("Naveed", "Azimi", "AF"),
  ],
  Trondheim: [
    n("Rasha", "Dabbagh", "SY"),
    n("Filmon", "Gebrehiwet", "ER"),
    n("Parwana", "Karimi", "AF"),
    n("Faduma", "Jama", "SO"),
    n("Nataliia", "Savchuk", "UA"),
    n("Divine", "Kalala", "CD"),
    n("Samah", "Ibrahim", "SD"),
    n("Dilan", "Kareem", "IQ"),
    n("Khaled", "Sabbagh", "SY"),
    n("Senait", "Berhe", "ER"),
    n("Sohrab", "Popal", "AF"),
    n("Liban", "Samatar", "SO"),
    n("Andrii", "Lysenko", "UA"),
    n("Jean-Paul", "Tshimanga", "CD"),
    n("Omer", "Hamid", "SD"),
    n("Rebin", "Aziz", "IQ"),
    n("Dima", "Qassem", "SY"),
    n("Luwam", "Asmerom", "ER"),
    n("Khatera", "Amiri", "AF"),
    n("Ayan", "Guled", "SO"),
    n("Olena", "Tkachuk", "UA"),
    n("Solange", "Mwamba", "CD"),
    n("Majd", "Zein", "SY"),
    n("Robel", "Yemane", "ER"),
    n("Wahid", "Stanekzai", "AF"),
    n("Bohdan", "Marchenko", "UA"),
    n("Héritier", "Lukusa", "CD"),
    n("Ghalia", "Tayara", "SY"),
    n("Mehari", "Tsegay", "ER"),
    n("Sima", "Nazari", "AF"),
  ],
};

export const AREAS: Record<"Bergen" | "Trondheim", string[]> = {
  Bergen: ["Arna", "Bergenhus", "Fana", "Fyllingsdalen", "Laksevåg", "Ytrebygda", "Årstad", "Åsane"],
  Trondheim: ["Midtbyen", "Østbyen", "Lerkendal", "Heimdal"],
};

/** Ranked wishes (ISCO-08 unit groups) that fit a level of education; the first is the one most often wished for. */
export const WISHES_BY_EDUCATION: Record<EducationLevel, string[][]> = {
  none: [
    ["9112", "9412"],
    ["9333", "4321"],
    ["5311", "9112"],
    ["8322", "9333"],
    ["9412", "5120"],
  ],
  primary: [
    ["5311", "5321"],
    ["9112", "5223"],
    ["5120", "9412"],
    ["9333", "8331"],
    ["5223", "5230"],
  ],
  secondary: [
    ["5321", "5311"],
    ["8331", "8322"],
    ["5223", "4321"],
    ["5120", "7512"],
    ["7411", "9313"],
  ],
  vocational: [
    ["7115", "9313"],
    ["7411", "7126"],
    ["7231", "8331"],
    ["5120", "7512"],
    ["5141", "5223"],
  ],
  bachelor: [
    ["2221", "5321"],
    ["2142", "3256"],
    ["2341", "5311"],
    ["2512", "4321"],
    ["4311", "5223"],
  ],
  master: [
    ["2144", "2142"],
    ["2330", "2341"],
    ["2221", "5321"],
    ["2512", "2144"],
  ],
  doctorate: [
    ["2142", "2330"],
    ["2221", "2330"],
  ],
};

export const EDUCATION_FIELDS: Partial<Record<EducationLevel, string[]>> = {
  vocational: ["Tømrer", "Elektriker", "Bilmekaniker", "Kokk", "Frisør"],
  bachelor: ["Sykepleie", "Bygg", "Lærerutdanning", "Informatikk", "Økonomi"],
  master: ["Maskinteknikk", "Matematikkdidaktikk", "Sykepleie", "Informatikk"],
  doctorate: ["Geoteknikk", "Farmakologi"],
};

/** The end goal of the integration plan follows the education the participant already has. */
export function trackFor(education: EducationLevel, pick: number): ProgrammeTrack {
  if (education === "none" || education === "primary") return pick < 0.75 ? "work" : "upper_secondary";
  if (education === "secondary") return pick < 0.6 ? "work" : "trade_certificate";
  if (education === "vocational") return pick < 0.7 ? "work" : "trade_certificate";
  return pick < 0.6 ? "work" : "higher_education";
}

export const STATUS = { E: "enrolled", L: "on_leave", C: "completed", X: "ended_early" } as const satisfies Record<
  string,
  ParticipantStatus
>;

/**
 * Who carries which part of each city's 30 participants, and in which status. "demo-js" and
 * "demo-consultant" are the one-click demo accounts; "js-1", "consultant-1"… the other staff
 * of the municipality in the order they are listed in data.ts; null is not yet assigned.
 */
export const CASELOAD_PLAN: { staff: string | null; statuses: (keyof typeof STATUS)[] }[] = [
  { staff: "demo-js", statuses: ["E", "E", "E", "E", "E", "E", "L", "C", "X"] },
  { staff: "demo-consultant", statuses: ["E", "E", "E", "E", "E", "E", "L", "C", "X"] },
  { staff: "js-1", statuses: ["E", "E", "C"] },
  { staff: "js-2", statuses: ["E", "L"] },
  { staff: "consultant-1", statuses: ["E", "C", "X"] },
  { staff: "consultant-2", statuses: ["E", "E"] },
  { staff: "consultant-3", statuses: ["E"] },
  { staff: null, statuses: ["E"] },
];

/**
 * How each job specialist works, so the fidelity panel has figures on both sides of the IPS
 * thresholds: Leyla (Bergen) meets them, Farah (Trondheim) falls short on employer contacts,
 * speed to first contact, jobs and follow-along.
 */
export interface WorkStyle {
  /** Face-to-face employer contacts per working day. */
  employerContactsPerDay: number;
  /** Days from enrolment to the first face-to-face employer contact, as [min, max]. */
  firstContactDays: [number, number];
  /** Chance that a follow-along step is done on time; the rest are late or missed. */
  followAlongOnTime: number;
  /** Active participants of the caseload (by position) who have a job now. */
  inJob: number;
}

export const WORK_STYLES: Record<string, WorkStyle> = {
  "Bergen:demo-js": { employerContactsPerDay: 1.6, firstContactDays: [3, 21], followAlongOnTime: 1, inJob: 4 },
  "Bergen:js-1": { employerContactsPerDay: 1.3, firstContactDays: [8, 28], followAlongOnTime: 0.9, inJob: 1 },
  "Bergen:js-2": { employerContactsPerDay: 0.9, firstContactDays: [20, 45], followAlongOnTime: 0.7, inJob: 0 },
  "Trondheim:demo-js": { employerContactsPerDay: 0.45, firstContactDays: [34, 80], followAlongOnTime: 0.4, inJob: 1 },
  "Trondheim:js-1": { employerContactsPerDay: 1.4, firstContactDays: [5, 25], followAlongOnTime: 0.95, inJob: 1 },
  "Trondheim:js-2": { employerContactsPerDay: 1.1, firstContactDays: [10, 35], followAlongOnTime: 0.8, inJob: 1 },
};

/** Consultants develop jobs too, but mostly meet their participants. */
export const CONSULTANT_STYLE: WorkStyle = {
  employerContactsPerDay: 0.2,
  firstContactDays: [30, 120],
  followAlongOnTime: 0.75,
  inJob: 1,
};

export const NO_OUTCOME_REASONS = ["Langvarig sykdom", "Foreldrepermisjon", "Flyttet til en annen kommune"];

// Small deterministic helpers: the seed never uses Math.random or the clock.

/** mulberry32, seeded from a text key, so each row's randomness depends on its own key only. */
export function prng(key: string): () => number {
  let a = 0;
  for (let i = 0; i < key.length; i++) a = (Math.imul(a, 31) + key.charCodeAt(i)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const between = (r: () => number, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
export const pickOne = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

const DAY_MS = 86_400_000;

/** Dates as whole days relative to the anchor day (0 = the anchor, -1 = the day before). */
export class SeedClock {
  constructor(readonly anchor: Date) {}
  date(offset: number): string {
    return new Date(this.anchor.getTime() + offset * DAY_MS).toISOString().slice(0, 10);
  }
  at(offset: number, hour = 10): Date {
    return new Date(this.anchor.getTime() + offset * DAY_MS + hour * 3_600_000);
  }
  isWorkday(offset: number): boolean {
    const d = new Date(this.anchor.getTime() + offset * DAY_MS).getUTCDay();
    return d !== 0 && d !== 6;
  }
}
