import { describe, expect, it } from "vitest";
import { mayChangeCommitment, mayContribute } from "./access";

describe("goal contributions", () => {
  it("lets every member organization commit and report, nobody outside the council", () => {
    expect(mayContribute("member")).toBe(true);
    expect(mayContribute("chair")).toBe(true);
    expect(mayContribute("secretariat")).toBe(true);
    expect(mayContribute(null)).toBe(false);
  });
  it("lets the committing organization or the secretariat change a commitment", () => {
    const commitment = { organizationId: "kommune" };
    expect(mayChangeCommitment("member", commitment, "kommune")).toBe(true);
    expect(mayChangeCommitment("secretariat", commitment, "assoc")).toBe(true);
    expect(mayChangeCommitment("member", commitment, "fylke")).toBe(false);
    expect(mayChangeCommitment("chair", commitment, "nav")).toBe(false);
    expect(mayChangeCommitment(null, commitment, "kommune")).toBe(false);
  });
});
