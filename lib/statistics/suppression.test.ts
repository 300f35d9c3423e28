import { describe, expect, it } from "vitest";
import { shownText, suppress, suppressParts, suppressShare } from "./suppression";

describe("small-number suppression", () => {
  it("hides 1 to 4 and shows 0 and 5 or more", () => {
    expect(suppress(0)).toEqual({ value: 0, suppressed: false });
    for (const n of [1, 2, 3, 4]) expect(suppress(n).suppressed).toBe(true);
    expect(suppress(5)).toEqual({ value: 5, suppressed: false });
    expect(suppress(120)).toEqual({ value: 120, suppressed: false });
  });
  it("hides a share built on a small count on either side", () => {
    expect(suppressShare(3, 40).suppressed).toBe(true);
    expect(suppressShare(6, 4).suppressed).toBe(true);
    expect(suppressShare(0, 0).suppressed).toBe(true);
    expect(suppressShare(0, 12)).toEqual({ value: 0, suppressed: false });
    expect(suppressShare(10, 40)).toEqual({ value: 0.25, suppressed: false });
  });
  it("writes a hidden figure as < 5", () => {
    expect(shownText(suppress(3), String)).toBe("< 5");
    expect(shownText(suppress(7), String)).toBe("7");
  });
});

describe("parts of a shown total", () => {
  const text = (r: ReturnType<typeof suppressParts>) => ({
    parts: r.parts.map((s) => shownText(s, String)),
    total: shownText(r.total, String),
  });

  it("shows every part when none is small", () => {
    expect(text(suppressParts([0, 12, 8], suppress(20)))).toEqual({ parts: ["0", "12", "8"], total: "20" });
  });
  it("withholds the smallest other part when one small part could be worked out from the total", () => {
    // 20 − 9 − 8 would give the 3 back.
    expect(text(suppressParts([3, 9, 8], suppress(20)))).toEqual({ parts: ["< 5", "9", "–"], total: "20" });
  });
  it("leaves two small parts when their sum does not pin either", () => {
    expect(text(suppressParts([2, 3, 10], suppress(15)))).toEqual({ parts: ["< 5", "< 5", "10"], total: "15" });
  });
  it("withholds more when the small parts can only be all ones", () => {
    // 12 − 10 = 2 over two hidden parts: both would be 1.
    expect(text(suppressParts([1, 1, 10], suppress(12))).parts).toEqual(["< 5", "< 5", "–"]);
  });
  it("withholds the total when hiding every part is not enough", () => {
    expect(text(suppressParts([1, 1, 5], suppress(7)))).toEqual({ parts: ["< 5", "< 5", "–"], total: "–" });
  });
  it("needs nothing more when the total is itself suppressed or not shown with the parts", () => {
    expect(text(suppressParts([3, 0], suppress(3)))).toEqual({ parts: ["< 5", "0"], total: "< 5" });
  });
});
