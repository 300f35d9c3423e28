import { describe, expect, it } from "vitest";
import { isUuid } from "./ids";

describe("isUuid", () => {
  it("accepts a uuid in either case and refuses anything else", () => {
    expect(isUuid("0b4f1c2e-8d3a-4e5f-9a6b-7c8d9e0f1a2b")).toBe(true);
    expect(isUuid("0B4F1C2E-8D3A-4E5F-9A6B-7C8D9E0F1A2B")).toBe(true);
    expect(isUuid("0b4f1c2e-8d3a-4e5f-9a6b-7c8d9e0f1a2")).toBe(false);
    expect(isUuid("1 or 1=1")).toBe(false);
    expect(isUuid("")).toBe(false);
  });
});
