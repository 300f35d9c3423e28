import { describe, expect, it } from "vitest";
import { requestMagicLinkSchema } from "./schemas";

describe("sign-in form input", () => {
  it("normalizes the address", () => {
    const r = requestMagicLinkSchema.parse({ email: "  Kari.Nordmann@Example.NO " });
    expect(r.email).toBe("kari.nordmann@example.no");
  });
  it("says 'required' for an empty field and 'email' for a malformed one", () => {
    const empty = requestMagicLinkSchema.safeParse({ email: "  " });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0].message).toBe("required");
    const bad = requestMagicLinkSchema.safeParse({ email: "kari@" });
    expect(bad.error?.issues[0].message).toBe("email");
  });
});
