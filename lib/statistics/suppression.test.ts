import { describe, expect, it } from "vitest";
import { shownText, suppress, suppressShare } from "./suppression";

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
