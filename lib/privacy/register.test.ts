import { is } from "drizzle-orm";
import { getTableConfig, pgTable, PgTable, text, uuid, type PgColumn } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { fairCandidates, participants, users } from "@/db/schema";
import enParticipants from "@/lib/i18n/messages/en/participants.json";
import nbParticipants from "@/lib/i18n/messages/nb/participants.json";
import { entry, PARTICIPANT_ENTRIES, REGISTER, subjectsOf, tableName, type RegisterEntry } from "./register";

const tablesOf = (s: Record<string, unknown>): PgTable[] =>
  Object.values(s).filter((v): v is PgTable => is(v, PgTable));

/** Foreign keys of a table as (column, referenced column) pairs. */
function foreignKeys(table: PgTable): { column: PgColumn; to: PgColumn }[] {
  return getTableConfig(table).foreignKeys.flatMap((fk) => {
    const ref = fk.reference();
    return ref.columns.map((column, i) => ({ column, to: ref.foreignColumns[i] }));
  });
}

/** Tables whose rows are a person's; a table referring to one holds that person's data. */
const PERSON_TABLES: PgTable[] = [participants, fairCandidates, users];

/** What the register misses for a schema: the checks CI runs, written so a fake schema can be fed in. */
function registerProblems(s: Record<string, unknown>, register: readonly RegisterEntry[]): string[] {
  const tables = tablesOf(s);
  const problems: string[] = [];
  for (const table of tables) {
    const entries = register.filter((e) => e.table === table);
    if (entries.length === 0) problems.push(`${tableName(table)}: missing from the register`);
    if (entries.length > 1) problems.push(`${tableName(table)}: registered ${entries.length} times`);
  }
  for (const e of register) {
    if (!tables.includes(e.table)) problems.push(`${tableName(e.table)}: registered but not in the schema`);
    if (subjectsOf(e).length > 0) continue;
    for (const fk of foreignKeys(e.table))
      if (PERSON_TABLES.includes(fk.to.table))
        problems.push(`${tableName(e.table)}.${fk.column.name}: refers to ${tableName(fk.to.table)}, classified none`);
  }
  return problems;
}

describe("the register of personal data", () => {
  it("has exactly one entry for every table of the schema, and no person's table is classified none", () => {
    expect(registerProblems(schema, REGISTER)).toEqual([]);
  });

  it("fails for a table missing from the register (a fake schema with one table more)", () => {
    const fakeNotes = pgTable("fake_notes", {
      id: uuid("id").primaryKey(),
      participantId: uuid("participant_id").references(() => participants.id),
      note: text("note"),
    });
    const aboutFakes = (problems: string[]) => problems.filter((p) => p.startsWith("fake_"));
    expect(aboutFakes(registerProblems({ ...schema, fakeNotes }, REGISTER))).toEqual([
      "fake_notes: missing from the register",
    ]);
    // Registering it as nobody's data is refused too, since it refers to a participant.
    const asNone = entry(fakeNotes, { purpose: "Notes.", personal: [], freeText: [fakeNotes.note] });
    expect(aboutFakes(registerProblems({ ...schema, fakeNotes }, [...REGISTER, asNone]))).toEqual([
      "fake_notes.participant_id: refers to participants, classified none",
    ]);
    // A table that refers to a user is someone's data as well.
    const fakeLog = pgTable("fake_log", { userId: text("user_id").references(() => users.id) });
    const logAsNone = entry(fakeLog, { purpose: "Log.", personal: [], freeText: [] });
    expect(registerProblems({ fakeLog }, [logAsNone])).toEqual(["fake_log.user_id: refers to users, classified none"]);
  });

  it("names only columns of the entry's own table", () => {
    for (const e of REGISTER) {
      const p = e.participant;
      const effects = p ? [p.erasure, p.retention === "as_erasure" ? p.erasure : p.retention] : [];
      const columns = [
        ...e.personal,
        ...e.freeText,
        ...(p?.reach.kind === "via" ? [p.reach.column] : []),
        ...(p?.reach.kind === "root" ? [p.reach.key] : []),
        ...(p?.reach.kind === "mentions" ? [p.reach.address, ...p.reach.text] : []),
        ...(p?.export.orderBy ? [p.export.orderBy] : []),
        ...Object.values(p?.identifiers ?? {}).flat(),
        ...effects.flatMap((f) => (f.do === "anonymize" ? [...(f.stamp ?? []), ...(f.stampIfEmpty ?? [])] : [])),
      ];
      for (const c of columns) expect(`${tableName(c.table)}.${c.name}`).toBe(`${tableName(e.table)}.${c.name}`);
    }
  });

  it("reaches participants' rows along real foreign keys, one hop per entry, up to the participants table", () => {
    for (const e of PARTICIPANT_ENTRIES) {
      let current = e;
      for (let hops = 0; current.participant.reach.kind === "via"; hops++) {
        const { column, to } = current.participant.reach;
        const name = `${tableName(current.table)}.${column.name}`;
        expect(
          foreignKeys(current.table).some((fk) => fk.column === column && fk.to === to),
          `${name} has no foreign key to ${tableName(to.table)}.${to.name}`,
        ).toBe(true);
        const parent = PARTICIPANT_ENTRIES.find((p) => p.table === to.table);
        expect(parent, `${tableName(to.table)} has no participant rules`).toBeDefined();
        expect(hops).toBeLessThan(5);
        current = parent!;
      }
      expect(current.participant.reach.kind === "root" || current.participant.reach.kind === "mentions").toBe(true);
    }
  });

  it("decides the fate of every table that refers to a participant's rows", () => {
    const reached = PARTICIPANT_ENTRIES.map((e) => e.table);
    for (const table of tablesOf(schema))
      for (const fk of foreignKeys(table))
        if (reached.includes(fk.to.table))
          expect(
            reached.includes(table),
            `${tableName(table)}.${fk.column.name} refers to ${tableName(fk.to.table)} but has no participant rules`,
          ).toBe(true);
  });

  it("gives every participant's table an export section with a heading in bokmål and English", () => {
    const keys = PARTICIPANT_ENTRIES.map((e) => e.participant.export.key);
    expect(new Set(keys).size).toBe(keys.length);
    const nb: Record<string, string> = nbParticipants.participants.privacy.sections;
    const en: Record<string, string> = enParticipants.participants.privacy.sections;
    for (const key of keys) {
      expect(nb[key], `nb heading for ${key}`).toBeTruthy();
      expect(en[key], `en heading for ${key}`).toBeTruthy();
    }
    for (const e of PARTICIPANT_ENTRIES) {
      const { nest } = e.participant.export;
      if (!nest) continue;
      const reach = e.participant.reach;
      expect(reach.kind).toBe("via");
      const parent = reach.kind === "via" ? PARTICIPANT_ENTRIES.find((p) => p.table === reach.to.table) : undefined;
      expect(parent?.participant.export.nest, `${tableName(e.table)} nests in a top-level section`).toBeUndefined();
    }
  });

  it("writes a purpose for every table and lists free text among the columns it knows", () => {
    for (const e of REGISTER) expect(e.purpose.length, tableName(e.table)).toBeGreaterThan(10);
    // Every free-text column of a participant's table is cleared or its rows deleted by erasure.
    for (const e of PARTICIPANT_ENTRIES) {
      const erasure = e.participant.erasure;
      for (const c of e.freeText) {
        const cleared =
          erasure.do === "delete" ||
          (erasure.do === "anonymize" &&
            Object.keys(erasure.set).some((key) => (e.table as unknown as Record<string, unknown>)[key] === c));
        const kept = erasure.do === "keep" && e.table === schema.auditLog;
        expect(cleared || kept, `${tableName(e.table)}.${c.name} survives erasure`).toBe(true);
      }
    }
  });
});
