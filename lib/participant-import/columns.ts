// The columns of a case-system CSV export that Lagspill reads. Pure and client-safe: the
// parser, the help table on the import page and the downloadable template all use this list.
import type { Cefr, EducationLevel, ParticipantStatus, ProgrammeTrack } from "@/db/schema/participants";
import { headerLookup } from "@/lib/csv/headers";
import { toCsv } from "@/lib/csv/write";

export type ColumnKey =
  | "externalId"
  | "firstName"
  | "lastName"
  | "birthYear"
  | "programmeStart"
  | "programmeEnd"
  | "status"
  | "programmeTrack"
  | "email"
  | "phone"
  | "educationLevel"
  | "educationField"
  | "norwegianReading"
  | "norwegianWriting"
  | "norwegianSpeaking"
  | "norwegianListening"
  | "area"
  | "staffEmail";

export type ColumnFormat = "text" | "year" | "date" | "status" | "track" | "email" | "phone" | "education" | "cefr";

export interface Column {
  key: ColumnKey;
  /** The header in the template; Norwegian, as the case systems name them. */
  header: string;
  /** Other headers accepted for the same column, written the way `normalizeHeader` leaves them. */
  aliases: string[];
  required: boolean;
  format: ColumnFormat;
  max?: number;
}

export const COLUMNS: Column[] = [
  {
    key: "externalId",
    header: "saksnummer",
    aliases: ["external_id", "ekstern_id", "saksnr", "case_number"],
    required: true,
    format: "text",
    max: 100,
  },
  { key: "firstName", header: "fornavn", aliases: ["first_name"], required: true, format: "text", max: 100 },
  { key: "lastName", header: "etternavn", aliases: ["last_name"], required: true, format: "text", max: 100 },
  { key: "birthYear", header: "fødselsår", aliases: ["birth_year"], required: true, format: "year" },
  {
    key: "programmeStart",
    header: "programstart",
    aliases: ["programme_start", "startdato"],
    required: true,
    format: "date",
  },
  {
    key: "programmeEnd",
    header: "programslutt",
    aliases: ["programme_end", "sluttdato"],
    required: true,
    format: "date",
  },
  { key: "status", header: "status", aliases: [], required: false, format: "status" },
  {
    key: "programmeTrack",
    header: "sluttmål",
    aliases: ["programme_track", "end_goal"],
    required: false,
    format: "track",
  },
  { key: "email", header: "e-post", aliases: ["email", "epost"], required: false, format: "email", max: 200 },
  {
    key: "phone",
    header: "telefon",
    aliases: ["phone", "mobil", "mobiltelefon"],
    required: false,
    format: "phone",
    max: 30,
  },
  {
    key: "educationLevel",
    header: "utdanningsnivå",
    aliases: ["education_level"],
    required: false,
    format: "education",
  },
  {
    key: "educationField",
    header: "utdanningsfelt",
    aliases: ["education_field", "fagfelt"],
    required: false,
    format: "text",
    max: 200,
  },
  {
    key: "norwegianReading",
    header: "norsk lese",
    aliases: ["norwegian_reading", "norsk_lesing"],
    required: false,
    format: "cefr",
  },
  {
    key: "norwegianWriting",
    header: "norsk skrive",
    aliases: ["norwegian_writing", "norsk_skriving"],
    required: false,
    format: "cefr",
  },
  {
    key: "norwegianSpeaking",
    header: "norsk muntlig",
    aliases: ["norwegian_speaking", "norsk_snakke"],
    required: false,
    format: "cefr",
  },
  {
    key: "norwegianListening",
    header: "norsk lytte",
    aliases: ["norwegian_listening", "norsk_lytting"],
    required: false,
    format: "cefr",
  },
  { key: "area", header: "bydel", aliases: ["area", "omrade"], required: false, format: "text", max: 100 },
  {
    key: "staffEmail",
    header: "veileder e-post",
    aliases: ["staff_email", "veileder_epost", "konsulent_epost", "konsulent_e_post"],
    required: false,
    format: "email",
    max: 200,
  },
];

/** The larger the file, the longer the user waits on one transaction; a municipality's export fits well within this. */
export const MAX_ROWS = 5000;
/** Server actions accept 1 MB bodies; the text is sent as a form field, so stay below it. */
export const MAX_BYTES = 900_000;

export const columnForHeader = headerLookup(COLUMNS);

// Values accepted in coded columns: the code itself, and the Norwegian words case systems use.
export const STATUS_WORDS: Record<ParticipantStatus, string[]> = {
  enrolled: ["enrolled", "i program", "deltar", "aktiv"],
  on_leave: ["on_leave", "permisjon"],
  completed: ["completed", "fullført", "fullfort"],
  ended_early: ["ended_early", "avsluttet tidlig", "avbrutt"],
};

export const TRACK_WORDS: Record<ProgrammeTrack, string[]> = {
  work: ["work", "arbeid"],
  upper_secondary: ["upper_secondary", "videregående opplæring", "videregående", "videregaende"],
  trade_certificate: ["trade_certificate", "fagbrev"],
  higher_education: ["higher_education", "høyere utdanning", "hoyere utdanning"],
};

export const EDUCATION_WORDS: Record<EducationLevel, string[]> = {
  none: ["none", "ingen"],
  primary: ["primary", "grunnskole"],
  secondary: ["secondary", "videregående", "videregaende"],
  vocational: ["vocational", "fagbrev"],
  bachelor: ["bachelor"],
  master: ["master"],
  doctorate: ["doctorate", "doktorgrad", "phd", "ph.d."],
};

export const CEFR_VALUES: Cefr[] = ["A1", "A2", "B1", "B2", "C1", "C2"];

/** The template's example rows: made-up people, one with every column filled. */
export const TEMPLATE_ROWS: Partial<Record<ColumnKey, string>>[] = [
  {
    externalId: "2026-00417",
    firstName: "Amina",
    lastName: "Yusuf",
    birthYear: "1991",
    programmeStart: "01.09.2026",
    programmeEnd: "31.08.2028",
    status: "i program",
    programmeTrack: "arbeid",
    email: "amina.yusuf@example.com",
    phone: "+47 912 34 567",
    educationLevel: "videregående",
    educationField: "Helsefag",
    norwegianReading: "A2",
    norwegianWriting: "A2",
    norwegianSpeaking: "B1",
    norwegianListening: "B1",
    area: "Fana",
    staffEmail: "",
  },
  {
    externalId: "2026-00418",
    firstName: "Tesfay",
    lastName: "Haile",
    birthYear: "1986",
    programmeStart: "15.08.2026",
    programmeEnd: "14.08.2027",
  },
];

/** The downloadable example file: semicolons and a byte-order mark, as Norwegian Excel expects. */
export function templateCsv(): string {
  // Our own text, read back by the import as written: no formula escaping ("+47 …" is a phone number).
  return toCsv(
    COLUMNS.map((c) => c.header),
    TEMPLATE_ROWS.map((r) => COLUMNS.map((c) => r[c.key] ?? "")),
    { escapeFormulas: false },
  );
}
