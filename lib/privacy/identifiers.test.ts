import { describe, expect, it } from "vitest";
import { phoneVariants, redact, REDACTED, searchNeedles, type PersonIdentifiers } from "./identifiers";
import { erasureAuditDetails } from "./reason";

const hewan: PersonIdentifiers = {
  names: ["Hewan Yohannes", "Hewan  Yohannes "],
  emails: ["Hewan.Y@example.test"],
  phones: ["+47 912 34 567"],
  caseNumbers: ["BGO-2024/77", "12"],
};

describe("searchNeedles", () => {
  it("gives whole names, addresses, phone variants and case numbers, lower-cased and unique", () => {
    expect(searchNeedles(hewan)).toEqual([
      "hewan yohannes",
      "hewan.y@example.test",
      "+47 912 34 567",
      "4791234567",
      "91234567",
      "bgo-2024/77",
    ]);
  });

  it("never searches for a first name alone or a string too short to be the person's", () => {
    const needles = searchNeedles({ names: ["Ali Ali"], emails: [], phones: ["123"], caseNumbers: ["7"] });
    expect(needles).toEqual(["ali ali"]);
    expect(searchNeedles({ names: [" "], emails: [], phones: [], caseNumbers: [] })).toEqual([]);
  });
});

describe("phoneVariants", () => {
  it("keeps a short number as it is", () => {
    expect(phoneVariants("112")).toEqual(["112"]);
  });
});

describe("redact", () => {
  it("takes out names, name parts, the address, the phone and the case number, whatever the case", () => {
    const text =
      "HEWAN yohannes (BGO-2024/77) ba om sletting. Hewan skrev fra hewan.y@example.test, tlf 912 34 567 / 91234567.";
    const out = redact(text, hewan);
    expect(out).toBe(
      `${REDACTED} (${REDACTED}) ba om sletting. ${REDACTED} skrev fra ${REDACTED}, tlf ${REDACTED} / ${REDACTED}.`,
    );
    expect(out.toLowerCase()).not.toContain("hewan");
  });

  it("finds a phone number however it is written", () => {
    for (const written of ["+47 912 34 567", "4791234567", "912 34 567", "912-34-567", "91 23 45 67"])
      expect(redact(`ring ${written} i dag`, hewan)).toBe(`ring ${REDACTED} i dag`);
    expect(redact("ring 1912345678", hewan)).toBe("ring 1912345678");
  });

  it("leaves words that only contain a name part", () => {
    expect(redact("Ali var hos Alibaba", { names: ["Ali Hassan"], emails: [], phones: [], caseNumbers: [] })).toBe(
      `${REDACTED} var hos Alibaba`,
    );
  });
});

describe("erasureAuditDetails", () => {
  it("keeps the code and a note without the person's identifiers", () => {
    expect(erasureAuditDetails({ code: "request", note: "Hewan Yohannes ba om det i møtet" }, hewan)).toEqual({
      onRequest: true,
      reasonCode: "request",
      note: `${REDACTED} ba om det i møtet`,
    });
    expect(erasureAuditDetails({ code: "objection", note: "  " }, hewan)).toEqual({
      onRequest: true,
      reasonCode: "objection",
    });
  });
});
