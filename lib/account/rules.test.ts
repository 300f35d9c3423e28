import { describe, expect, it } from "vitest";
import { parsePhone, telHref } from "./rules";

const ok = (value: string | null) => ({ ok: true, value });

describe("parsePhone", () => {
  it("takes an empty field as no number", () => {
    expect(parsePhone("")).toEqual(ok(null));
    expect(parsePhone("   ")).toEqual(ok(null));
  });

  it("keeps a Norwegian mobile number as +47 and 3-2-3 groups, however it was typed", () => {
    for (const typed of ["91234567", "912 34 567", "+47 912 34 567", "+4791234567", "0047 912-34-567", " 912.34.567 "])
      expect(parsePhone(typed), typed).toEqual(ok("+47 912 34 567"));
    expect(parsePhone("45 00 12 34")).toEqual(ok("+47 450 01 234"));
  });

  it("keeps a Norwegian landline number in 2-2-2-2 groups", () => {
    expect(parsePhone("22 12 34 56")).toEqual(ok("+47 22 12 34 56"));
    expect(parsePhone("(+47) 55 56 60 00")).toEqual(ok("+47 55 56 60 00"));
  });

  it("refuses a Norwegian number that does not have 8 digits starting with 2-9", () => {
    for (const typed of ["9123456", "912345678", "01234567", "12345678", "+47 1234", "+47 123 45 678"])
      expect(parsePhone(typed), typed).toEqual({ ok: false });
  });

  it("keeps another country's number as + and its digits", () => {
    expect(parsePhone("+46 70 123 45 67")).toEqual(ok("+46701234567"));
    expect(parsePhone("0046 70-123 45 67")).toEqual(ok("+46701234567"));
    expect(parsePhone("+963 944 123 456")).toEqual(ok("+963944123456"));
    expect(parsePhone("+354 1234")).toEqual(ok("+3541234"));
  });

  it("refuses an international number that is too short, too long or has no country code", () => {
    for (const typed of ["+46 12", "+1234567890123456", "+0 123 456 789", "00 0123456789"])
      expect(parsePhone(typed), typed).toEqual({ ok: false });
  });

  it("refuses letters, other signs and very long input", () => {
    for (const typed of ["ring meg", "912 34 56x", "912/34/567", "+47 912 34 567 ext 2", "9".repeat(41)])
      expect(parsePhone(typed), typed).toEqual({ ok: false });
  });
});

describe("telHref", () => {
  it("dials the digits and the plus only", () => {
    expect(telHref("+47 912 34 567")).toBe("tel:+4791234567");
    expect(telHref("+46701234567")).toBe("tel:+46701234567");
  });
});
