import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { renderEffect, renderPrivacyDocument, type DocumentContext } from "./document";
import { entry, root, STAFF_REFERENCE, via } from "./register/model";

const fakePeople = pgTable("fake_people", {
  id: uuid("id").primaryKey(),
  name: text("name").notNull(),
  phone: text("phone"),
  birthYear: text("birth_year"),
});
const fakeNotes = pgTable("fake_notes", {
  id: uuid("id").primaryKey(),
  personId: uuid("person_id").references(() => fakePeople.id),
  note: text("note"),
  createdBy: text("created_by").references(() => users.id),
});
const fakeCounts = pgTable("fake_counts", { id: uuid("id").primaryKey(), label: text("label") });

const people = entry(fakePeople, {
  purpose: "Who the fake people are, so staff can call them.",
  personal: [fakePeople.name, fakePeople.phone, fakePeople.birthYear],
  freeText: [],
  participant: {
    reach: root(fakePeople.id),
    erasure: { do: "anonymize", set: { name: "Anonymisert", phone: null }, stamp: [fakePeople.name] },
    retention: { do: "delete" },
    export: { key: "people", single: true },
  },
});
const notes = entry(fakeNotes, {
  purpose: "Notes | about a person.",
  personal: [fakeNotes.personId, fakeNotes.note, fakeNotes.createdBy],
  freeText: [fakeNotes.note],
  participant: {
    reach: via(fakeNotes.personId, fakePeople.id),
    erasure: { do: "keep", why: "Figures only." },
    retention: "as_erasure",
    export: { key: "notes", nest: { as: "notes" } },
    consentWithdrawal: {
      scope: "share_employers",
      does: "Notes are hidden from employers.",
      cascade: "withdrawProposalsBeforeSignedAgreement",
    },
  },
  staff: STAFF_REFERENCE,
  publicCandidate: { erasure: "Deleted on request.", retention: "Void after FAKE_LINK_MINUTES, then NOT_KNOWN_DAYS." },
});
const counts = entry(fakeCounts, { purpose: "Counts of nothing.", personal: [], freeText: [fakeCounts.label] });

const ctx: DocumentContext = {
  sections: { nb: { people: "Personen", notes: "Notater" }, en: { people: "The person", notes: "Notes" } },
  scopes: { nb: { share_employers: "Dele med arbeidsgivere" }, en: { share_employers: "Share with employers" } },
  constants: { FAKE_LINK_MINUTES: "30 minutes" },
  retention: { defaultMonths: 24, minMonths: 6, maxMonths: 120 },
  staffReference: STAFF_REFERENCE,
  users,
};

const doc = renderPrivacyDocument([people, notes, counts], ctx);
/** The part of the document under a heading, up to the next one. */
const section = (heading: string) => doc.split("\n### ").find((s) => s.startsWith(heading)) ?? "";

describe("the Personal data section rendered from the register", () => {
  it("lists a participant's table with its purpose, personal and free-text columns and export heading", () => {
    const participantsPart = section("Participants");
    expect(participantsPart).toContain("| `fake_people` | Who the fake people are, so staff can call them. |");
    expect(participantsPart).toContain("`person_id`, `note`, `created_by`; free text: `note`");
    expect(participantsPart).toContain("| Personen / The person |");
    expect(participantsPart).toContain("Notater / Notes (inside Personen / The person)");
    // A pipe in a register text does not break the table.
    expect(participantsPart).toContain("Notes \\| about a person.");
    expect(participantsPart).toContain("6 to 120 months; 24 months after programme end");
  });

  it("renders each effect: what is emptied, replaced and stamped, what stays, what is kept and why", () => {
    expect(renderEffect(people, people.participant!.erasure, ctx)).toBe(
      "Anonymized: `phone` emptied; `name` replaced by “Anonymisert”; `name` set to the current time. Stays: `birth_year`.",
    );
    expect(renderEffect(notes, notes.participant!.erasure, ctx)).toBe("Kept: figures only.");
    expect(renderEffect(people, { do: "delete" }, ctx)).toBe("Deleted.");
    // Retention that differs from erasure is said after it.
    expect(section("Participants")).toContain("At the end of retention: Deleted.");
  });

  it("says what withdrawing a consent does, by the consent's name in both languages", () => {
    expect(section("Participants")).toContain(
      "- **Share with employers** (*Dele med arbeidsgivere*):\n  - `fake_notes`: Notes are hidden from employers.",
    );
  });

  it("gives other people's rules in words, spelling out known constants and showing unknown ones as code", () => {
    const candidates = section("Public fair candidates");
    expect(candidates).toContain("| `fake_notes` | Notes \\| about a person. |");
    expect(candidates).toContain("Void after 30 minutes, then `NOT_KNOWN_DAYS`.");
    // A table that only refers to a user is listed once with its referring columns, not in the table.
    const staff = section("Staff and other users");
    expect(staff).toContain("- `fake_notes` (`created_by`)");
    expect(staff).not.toContain("| `fake_notes` |");
  });

  it("lists a table that holds nobody's data as such, with its free text, and nowhere else", () => {
    expect(section("Tables with nobody's personal data")).toContain(
      "- `fake_counts`: Counts of nothing. Free text: `label`.",
    );
    expect(doc.match(/fake_counts/g)).toHaveLength(1);
  });
});
