import { describe, expect, it } from "vitest";
import { mayChangeStatus, mayComment, mayCreateActionItems } from "./access";

describe("action item rules", () => {
  it("lets only the secretariat create items", () => {
    expect(mayCreateActionItems("secretariat")).toBe(true);
    expect(mayCreateActionItems("chair")).toBe(false);
    expect(mayCreateActionItems("member")).toBe(false);
    expect(mayCreateActionItems(null)).toBe(false);
  });
  it("lets the owner organization or the secretariat change the status", () => {
    const item = { ownerOrgId: "kommune" };
    expect(mayChangeStatus("member", item, "kommune")).toBe(true);
    expect(mayChangeStatus("chair", item, "kommune")).toBe(true);
    expect(mayChangeStatus("secretariat", item, "assoc")).toBe(true);
    expect(mayChangeStatus("member", item, "fylke")).toBe(false);
    expect(mayChangeStatus("chair", item, "nav")).toBe(false);
    expect(mayChangeStatus(null, item, "kommune")).toBe(false);
  });
  it("lets every member comment, nobody outside the council", () => {
    expect(mayComment("member")).toBe(true);
    expect(mayComment("secretariat")).toBe(true);
    expect(mayComment(null)).toBe(false);
  });
});
