import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DOCUMENT_CONTEXT,
  PRIVACY_END,
  PRIVACY_START,
  privacyDocument,
  privacySectionOf,
  withPrivacySection,
} from "./readme";
import { PARTICIPANT_ENTRIES } from "./register";

describe("README.md's Personal data section", () => {
  it("is what the register generates", () => {
    const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    expect(
      privacySectionOf(readme),
      "README.md's Personal data section differs from lib/privacy/register: run npm run privacy:doc",
    ).toBe(privacyDocument());
  });

  it("is written between the markers, replacing what stood there, and refused without them", () => {
    const readme = `# Title\n\n## Personal data\n\n${PRIVACY_START}\nold\n${PRIVACY_END}\n\n## Next\n`;
    const next = withPrivacySection(readme, "new text");
    expect(next).toBe(`# Title\n\n## Personal data\n\n${PRIVACY_START}\n\nnew text\n\n${PRIVACY_END}\n\n## Next\n`);
    expect(privacySectionOf(next)).toBe("new text");
    expect(withPrivacySection(next, "new text")).toBe(next);
    expect(() => withPrivacySection("# Title\n", "new text")).toThrow(PRIVACY_START);
  });

  it("names every consent a withdrawal rule is about in both languages", () => {
    const scopes = PARTICIPANT_ENTRIES.flatMap((e) => e.participant.consentWithdrawal?.scope ?? []);
    for (const scope of scopes) {
      expect(DOCUMENT_CONTEXT.scopes.nb[scope], scope).toBeTruthy();
      expect(DOCUMENT_CONTEXT.scopes.en[scope], scope).toBeTruthy();
    }
  });
});
