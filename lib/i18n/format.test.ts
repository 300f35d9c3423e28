import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatWeekdayDate } from "./format";
import { messages } from "./messages";

describe("formats follow the language", () => {
  it("groups thousands with a space in bokmål", () => {
    expect(formatNumber(1500, "nb").replace(/\s/g, " ")).toBe("1 500");
    expect(formatNumber(1500, "en")).toBe("1,500");
  });
  it("writes dates as 28.11.2026 in bokmål", () => {
    const d = new Date("2026-11-28T13:30:00Z");
    expect(formatDate(d, "nb")).toBe("28.11.2026");
    expect(formatDate(d, "en")).toBe("28/11/2026");
    expect(formatDateTime(d, "nb")).toContain("14:30");
  });
  it("writes a day with its weekday as «man. 7. des.» in bokmål, the year only when asked", () => {
    const d = new Date("2026-12-07T12:00:00Z");
    expect(formatWeekdayDate(d, "nb")).toBe("man. 7. des.");
    expect(formatWeekdayDate(d, "en")).toBe("Mon 7 Dec");
    expect(formatWeekdayDate(d, "nb", true)).toBe("man. 7. des. 2026");
    // 23:30 UTC on Sunday is already Monday in Oslo.
    expect(formatWeekdayDate(new Date("2026-12-06T23:30:00Z"), "nb")).toBe("man. 7. des.");
  });
});

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("messages", () => {
  it("has every text in both languages", () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages.nb).sort());
  });
});
