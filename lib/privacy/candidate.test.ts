import { describe, expect, it } from "vitest";
import { emailAttempts, emailOutbox, fairCandidates, participants } from "@/db/schema";
import { candidateReach, CANDIDATE_ENTRIES, nestedAs, withoutCredentials } from "./candidate";
import { participantEntryOf } from "./register";
import en from "@/lib/i18n/messages/en/fairCandidates.json";
import nb from "@/lib/i18n/messages/nb/fairCandidates.json";

describe("a public candidate's export, from the register", () => {
  it("takes every entry that holds public candidates' data and has an export section", () => {
    expect(CANDIDATE_ENTRIES.map((e) => e.participant.export.key)).toEqual([
      "fairRegistrations",
      "fairWishes",
      "fairInterviews",
      "accessLinks",
      "fairLeads",
      "emails",
      "emailAttempts",
    ]);
    expect(CANDIDATE_ENTRIES.map((e) => e.table)).not.toContain(participants);
  });

  it("reaches each from the registration itself, by a foreign key chain to it, or by its address", () => {
    const kinds = CANDIDATE_ENTRIES.map((e) => candidateReach(e).kind);
    expect(kinds).toEqual(["self", "via", "via", "via", "via", "mentions", "via"]);
    expect(candidateReach(participantEntryOf(emailAttempts)!)).toMatchObject({
      parent: participantEntryOf(emailOutbox),
    });
    expect(candidateReach(participantEntryOf(fairCandidates)!)).toEqual({ kind: "self" });
  });

  it("fails for an entry marked as public candidates' data that no registration leads to", () => {
    const participantsEntry = participantEntryOf(participants)!;
    const orphan = { ...participantEntryOf(emailAttempts)!, participant: participantsEntry.participant };
    expect(() => candidateReach(orphan)).toThrow(/not reached from a registration/);
  });

  it("nests an email's attempts under it, and never opens a sign-in email's body", () => {
    expect(nestedAs("emailAttempts")).toBe("attempts");
    expect(
      withoutCredentials([
        { template: "magic_link", subject: "Logg inn", textBody: "https://x/key", htmlBody: "<a>" },
        { template: "fair_registration", textBody: "Hei" },
      ]),
    ).toEqual([
      { template: "magic_link", subject: "Logg inn", textBody: null, htmlBody: null, attachments: null },
      { template: "fair_registration", textBody: "Hei" },
    ]);
  });
});

describe("the headings of a public candidate's export", () => {
  it("exist in bokmål and English for every section", () => {
    for (const messages of [nb, en]) {
      const sections = messages.publicFair.myData.sections as Record<string, string>;
      for (const e of CANDIDATE_ENTRIES)
        expect(sections[e.participant.export.key], e.participant.export.key).toBeTruthy();
    }
  });
});
