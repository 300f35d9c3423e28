// The README's "Personal data" section, rendered from the register of personal data: what is
// stored about whom, why, for how long, what erasure does and what the export holds, for a data
// protection officer's record of processing. Pure: the register and the texts it needs come in.
import { getTableColumns, is, SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { DataSubject, DescribedRules, Effect, RegisterEntry } from "./register/model";

type Texts = Record<string, string>;

export interface DocumentContext {
  /** Export headings by section key (participants.privacy.sections), bokmål and English. */
  sections: { nb: Texts; en: Texts };
  /** Consent scope names (participants.consent.scopes), bokmål and English. */
  scopes: { nb: Texts; en: Texts };
  /** How a constant named in a register text reads, e.g. MAGIC_LINK_MINUTES → "30 minutes". */
  constants: Texts;
  /** The municipality's retention setting: its default and the range the settings page accepts. */
  retention: { defaultMonths: number; minMonths: number; maxMonths: number };
  /** The rules every table that only refers to a user shares; such tables are listed together. */
  staffReference: DescribedRules;
  /** The users table: a column with a foreign key to it is a reference to a user. */
  users: PgTable;
}

const name = (table: PgTable): string => getTableConfig(table).name;
const code = (s: string): string => `\`${s}\``;
const list = (columns: readonly PgColumn[]): string => columns.map((c) => code(c.name)).join(", ");
const sentence = (s: string): string => (/[.!?)]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** "Figures for…" → "figures for…" after a colon; "IMDi…" and "NIR…" stay. */
const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** Register text as it reads in the document: named constants spelled out, never a table-breaking pipe. */
function prose(text: string, ctx: DocumentContext): string {
  return text
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, (constant) => ctx.constants[constant] ?? code(constant))
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
}

/** Personal columns, then the free-text ones (personal or not: anyone may type a name into them). */
function columnsCell(e: RegisterEntry): string {
  const free = e.freeText.length > 0 ? `free text: ${list(e.freeText)}` : "";
  if (e.personal.length === 0) return free || "—";
  return free ? `${list(e.personal)}; ${free}` : list(e.personal);
}

function describeValue(value: unknown): { kind: "emptied" } | { kind: "replaced" | "set"; to: string } | null {
  if (is(value, SQL)) return null; // computed bookkeeping (a version, a status that follows)
  if (value === null || value === "") return { kind: "emptied" };
  if (Array.isArray(value))
    return value.length === 0 ? { kind: "emptied" } : { kind: "set", to: JSON.stringify(value) };
  if (typeof value === "string") return { kind: "replaced", to: `“${value}”` };
  return { kind: "set", to: String(value) };
}

/** What an effect does to a table's rows, in one or two sentences. */
export function renderEffect(e: RegisterEntry, effect: Effect<PgTable>, ctx: DocumentContext): string {
  if (effect.do === "delete") return "Deleted.";
  if (effect.do === "keep") return `Kept: ${lowerFirst(sentence(prose(effect.why, ctx)))}`;
  const columns = getTableColumns(e.table);
  const emptied: PgColumn[] = [];
  const byValue = new Map<string, PgColumn[]>();
  for (const [key, value] of Object.entries(effect.set as Record<string, unknown>)) {
    const column = columns[key];
    const what = describeValue(value);
    if (!column || !what) continue;
    if (what.kind === "emptied") emptied.push(column);
    else {
      const label = what.kind === "replaced" ? `replaced by ${what.to}` : `set to ${what.to}`;
      byValue.set(label, [...(byValue.get(label) ?? []), column]);
    }
  }
  const parts: string[] = [];
  if (emptied.length > 0) parts.push(`${list(emptied)} emptied`);
  for (const [label, cols] of byValue) parts.push(`${list(cols)} ${label}`);
  if (effect.stamp?.length) parts.push(`${list(effect.stamp)} set to the current time`);
  if (effect.stampIfEmpty?.length) parts.push(`${list(effect.stampIfEmpty)} set to the current time where still empty`);
  const changed = new Set<PgColumn>([
    ...Object.keys(effect.set as object).flatMap((k) => (columns[k] ? [columns[k]] : [])),
    ...(effect.stamp ?? []),
    ...(effect.stampIfEmpty ?? []),
  ]);
  const stays = [...new Set([...e.personal, ...e.freeText])].filter((c) => !changed.has(c));
  const out = `Anonymized: ${parts.join("; ") || "nothing changes"}.`;
  return stays.length > 0 ? `${out} Stays: ${list(stays)}.` : out;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

const subjectRules = (e: RegisterEntry, s: Exclude<DataSubject, "participant">): DescribedRules | undefined =>
  s === "public_candidate" ? e.publicCandidate : s === "staff" ? e.staff : e.employerContact;

function participantSection(register: readonly RegisterEntry[], ctx: DocumentContext): string {
  const { defaultMonths, minMonths, maxMonths } = ctx.retention;
  const heading = (key: string) => `${ctx.sections.nb[key] ?? code(key)} / ${ctx.sections.en[key] ?? code(key)}`;
  const entries = register.filter((e) => e.participant);
  const rows = entries.map((e) => {
    const p = e.participant!;
    let why = prose(e.purpose, ctx);
    if (p.reach.kind === "mentions")
      why += ` The participant's rows: those addressed to them (${code(p.reach.address.name)}); erasure and retention also take any whose ${list(p.reach.text)} contain their full name, email address, phone number or case number.`;
    let fate = renderEffect(e, p.erasure, ctx);
    if (p.retention !== "as_erasure") fate += ` At the end of retention: ${renderEffect(e, p.retention, ctx)}`;
    const reach = p.reach;
    const parent = p.export.nest && reach.kind === "via" ? entries.find((x) => x.table === reach.to.table) : undefined;
    const within = parent ? ` (inside ${heading(parent.participant!.export.key)})` : "";
    return [code(name(e.table)), why, columnsCell(e), fate, heading(p.export.key) + within];
  });
  const withdrawals = new Map<string, string[]>();
  for (const e of entries) {
    const w = e.participant!.consentWithdrawal;
    if (!w) continue;
    const line = `  - ${code(name(e.table))}: ${prose(w.does, ctx)}`;
    withdrawals.set(w.scope, [...(withdrawals.get(w.scope) ?? []), line]);
  }
  const consent = [...withdrawals].map(
    ([scope, lines]) =>
      `- **${ctx.scopes.en[scope] ?? scope}** (*${ctx.scopes.nb[scope] ?? scope}*):\n${lines.join("\n")}`,
  );
  return [
    "### Participants (deltakere i introduksjonsprogrammet)",
    `A participant's record belongs to their municipality, and only its staff see it. **Retention (lagringstid):** the retention job runs daily and anonymizes every participant whose programme ended (completed or left early) longer ago than the municipality's retention period, which the municipality admin sets under ${code("/settings")} (${minMonths} to ${maxMonths} months; ${defaultMonths} months after programme end unless changed). It does to each table what erasure does, unless the table says otherwise. **Erasure (sletting, GDPR art. 17)** on request is done by a municipality admin on the participant's privacy page (${code("/participants/<id>/privacy")}), with a reason code in the audit log. The same page gives the **export (innsyn, art. 15)** as JSON and as a printable page, under the headings in the last column.`,
    table(["Table", "Why it is stored", "Personal data", "Erasure and retention", "Export heading (nb / en)"], rows),
    ...(consent.length > 0
      ? ["**Withdrawing a consent (tilbaketrekking av samtykke)** also changes these rows:", consent.join("\n")]
      : []),
  ].join("\n\n");
}

const SUBJECTS: { subject: Exclude<DataSubject, "participant">; heading: string; intro: string }[] = [
  {
    subject: "public_candidate",
    heading: "### Public fair candidates (påmeldte til karrieretorg)",
    intro:
      "People who register for an association's career fair on its public page, without being registered by a municipality. They manage and delete their registration themselves through the link in their confirmation email.",
  },
  {
    subject: "staff",
    heading: "### Staff and other users (ansatte og andre brukere)",
    intro:
      "Everyone who signs in (staff of municipalities, employers, associations and partners), and the council's named representatives.",
  },
  {
    subject: "employer_contact",
    heading: "### Employer contacts (kontaktpersoner hos arbeidsgivere)",
    intro:
      "Contact people at employers and member companies, mentors named on slots and agreements, and the addresses an association sends invitations to.",
  },
];

function subjectSection(
  register: readonly RegisterEntry[],
  { subject, heading, intro }: (typeof SUBJECTS)[number],
  ctx: DocumentContext,
): string {
  const same = (a: DescribedRules, b: DescribedRules) => a.erasure === b.erasure && a.retention === b.retention;
  const mine = register.filter((e) => subjectRules(e, subject));
  const references = subject === "staff" ? mine.filter((e) => same(subjectRules(e, subject)!, ctx.staffReference)) : [];
  const rows = mine
    .filter((e) => !references.includes(e))
    .map((e) => {
      const rules = subjectRules(e, subject)!;
      return [
        code(name(e.table)),
        prose(e.purpose, ctx),
        columnsCell(e),
        prose(rules.erasure, ctx),
        prose(rules.retention, ctx),
      ];
    });
  const parts = [
    heading,
    intro,
    table(["Table", "Why it is stored", "Personal data", "Erasure (sletting)", "Retention (lagringstid)"], rows),
  ];
  if (references.length > 0) {
    const refersToUser = (e: RegisterEntry) => {
      const fks = getTableConfig(e.table).foreignKeys.flatMap((fk) => {
        const ref = fk.reference();
        return ref.foreignTable === ctx.users ? ref.columns : [];
      });
      return e.personal.filter((c) => fks.includes(c));
    };
    parts.push(
      `These tables name a user only by reference: who created, recorded or changed something (the participants' tables are described above). Erasure: ${lowerFirst(sentence(prose(ctx.staffReference.erasure, ctx)))} Retention: ${lowerFirst(sentence(prose(ctx.staffReference.retention, ctx)))}`,
      references
        .map((e) => {
          const cols = refersToUser(e);
          // A participant's table is described above; the others are described here only.
          const what = e.participant ? "" : `: ${prose(e.purpose, ctx)}`;
          return `- ${code(name(e.table))}${cols.length > 0 ? ` (${list(cols)})` : ""}${what}`;
        })
        .join("\n"),
    );
  }
  return parts.join("\n\n");
}

function nobodySection(register: readonly RegisterEntry[], ctx: DocumentContext): string {
  const nobody = register.filter((e) => !e.participant && !e.publicCandidate && !e.staff && !e.employerContact);
  const lines = nobody.map((e) => {
    const free = e.freeText.length > 0 ? ` Free text: ${list(e.freeText)}.` : "";
    return `- ${code(name(e.table))}: ${sentence(prose(e.purpose, ctx))}${free}`;
  });
  return [
    "### Tables with nobody's personal data",
    "They hold no one's personal data by design. Free text is listed, since anyone may type a name into it.",
    lines.join("\n"),
  ].join("\n\n");
}

/** The whole section, without its heading (the README gives that). */
export function renderPrivacyDocument(register: readonly RegisterEntry[], ctx: DocumentContext): string {
  const intro = [
    "Every table of the database is classified in the register of personal data (`lib/privacy/register`): whose personal data it holds, which columns are personal or free text, and what erasure, retention, the export and consent withdrawal do to its rows. Erasure, the retention job and the export are driven by it, and a test fails for a table without a decision. This section is generated from it (`npm run privacy:doc`; edit the register, not this text), for the record of processing (protokoll over behandlingsaktiviteter, GDPR art. 30).",
    "**Whose data is whose.** A participant belongs to one municipality and only its staff see the record; an employer sees a participant only through a proposal, and only the fields the participant consented to share. Career fairs, their public registrations and invitations are run by a business association. The operator who runs the installation belongs to no organization and never sees participant data in the app. Which party is controller (behandlingsansvarlig) or processor (databehandler), and the legal basis (behandlingsgrunnlag) of each processing, follow from the agreements between the parties and are not set by Lagspill. A participant's consent to share their profile outside the municipality is recorded per scope, with date, method and who recorded it.",
    "**Personal data** below lists the columns that identify or describe a person, including references to another person's row; **free text** columns may name or describe anyone.",
  ];
  return [
    ...intro,
    participantSection(register, ctx),
    ...SUBJECTS.map((s) => subjectSection(register, s, ctx)),
    nobodySection(register, ctx),
  ].join("\n\n");
}
