// The columns of a member-list CSV. Pure and client-safe: the parser, the help table on the
// import page and the downloadable example file all use this list.
import type { Industry, SizeBand } from "@/db/schema/organizations";
import { headerLookup } from "@/lib/csv/headers";
import { toCsv } from "@/lib/csv/write";

export type MemberColumnKey =
  "orgNumber" | "name" | "industry" | "sizeBand" | "contactName" | "contactEmail" | "memberSince";
export type MemberColumnFormat = "orgNumber" | "text" | "industry" | "sizeBand" | "email" | "date";

export interface MemberColumn {
  key: MemberColumnKey;
  /** The header in the example file, in Norwegian as member registers name it. */
  header: string;
  aliases: string[];
  required: boolean;
  format: MemberColumnFormat;
  max?: number;
}

export const MEMBER_COLUMNS: MemberColumn[] = [
  {
    key: "orgNumber",
    header: "organisasjonsnummer",
    aliases: ["orgnr", "org_nr", "organisasjonsnr", "org_number", "organization_number"],
    required: true,
    format: "orgNumber",
  },
  // Needed for companies Lagspill does not know yet; checked per row.
  {
    key: "name",
    header: "navn",
    aliases: ["bedrift", "firmanavn", "name", "company"],
    required: false,
    format: "text",
    max: 200,
  },
  { key: "industry", header: "bransje", aliases: ["industry"], required: false, format: "industry" },
  {
    key: "sizeBand",
    header: "størrelse",
    aliases: ["antall_ansatte", "size", "size_band"],
    required: false,
    format: "sizeBand",
  },
  {
    key: "contactName",
    header: "kontaktperson",
    aliases: ["kontakt", "contact_name", "contact"],
    required: false,
    format: "text",
    max: 200,
  },
  {
    key: "contactEmail",
    header: "e-post",
    aliases: ["epost", "email", "kontakt_e_post", "contact_email"],
    required: false,
    format: "email",
    max: 254,
  },
  {
    key: "memberSince",
    header: "medlem siden",
    aliases: ["medlem_fra", "member_since"],
    required: false,
    format: "date",
  },
];

/** An association's member list is at most a few thousand companies. */
export const MAX_MEMBER_ROWS = 5000;
/** Server actions accept 1 MB bodies; the text is sent as a form field, so stay below it. */
export const MAX_MEMBER_BYTES = 900_000;

export const memberColumnForHeader = headerLookup(MEMBER_COLUMNS);

// Accepted in the coded columns: the code itself and the Norwegian labels the app shows.
export const INDUSTRY_WORDS: Record<Industry, string[]> = {
  cleaning: ["cleaning", "renhold"],
  kindergarten: ["kindergarten", "barnehage"],
  health_care: ["health_care", "helse og omsorg", "helse"],
  retail: ["retail", "varehandel", "handel"],
  hospitality: ["hospitality", "hotell og servering", "hotell", "servering"],
  construction: ["construction", "bygg og anlegg", "bygg"],
  logistics: ["logistics", "transport og lager", "transport", "lager"],
  engineering: ["engineering", "elektro og mekanisk", "elektro", "mekanisk"],
  manufacturing: ["manufacturing", "produksjon", "industri"],
  office: ["office", "kontor og it", "kontor", "it"],
  public_sector: ["public_sector", "offentlig sektor", "offentlig"],
  other: ["other", "annet", "annen"],
};

/** "10-49", "10–49", "10-49 ansatte" and "250+" / "250 eller flere" all read as a size band. */
export function parseSizeBand(value: string): SizeBand | undefined {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[–—]/g, "-")
    .replace(/\s*ansatte\s*/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (/^250( ?\+| eller flere| or more)$/.test(v) || v === "250+") return "250+";
  const bands: SizeBand[] = ["1-9", "10-49", "50-249"];
  return bands.find((b) => v.replace(/\s*-\s*/, "-") === b);
}

export const EXAMPLE_ROWS: Partial<Record<MemberColumnKey, string>>[] = [
  {
    orgNumber: "974760673",
    name: "Eksempel Bygg AS",
    industry: "Bygg og anlegg",
    sizeBand: "10-49",
    contactName: "Kari Nordmann",
    contactEmail: "kari@eksempel-bygg.example",
    memberSince: "01.03.2021",
  },
  {
    orgNumber: "914778271",
    name: "Eksempel Renhold AS",
    industry: "Renhold",
    sizeBand: "1-9",
    contactName: "",
    contactEmail: "post@eksempel-renhold.example",
    memberSince: "",
  },
];

/** The downloadable example file: semicolons and a byte-order mark, as Norwegian Excel expects. */
export function memberTemplateCsv(): string {
  return toCsv(
    MEMBER_COLUMNS.map((c) => c.header),
    EXAMPLE_ROWS.map((r) => MEMBER_COLUMNS.map((c) => r[c.key] ?? "")),
  );
}
