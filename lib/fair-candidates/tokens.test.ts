import { describe, expect, it } from "vitest";
import { candidateToken, candidateTokenHash, isCandidateToken } from "./tokens";

describe("candidate tokens", () => {
  it("are stable per candidate and secret, and differ between candidates and secrets", () => {
    const a = candidateToken("6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f", "s1");
    expect(candidateToken("6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f", "s1")).toBe(a);
    expect(candidateToken("6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e60", "s1")).not.toBe(a);
    expect(candidateToken("6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f", "s2")).not.toBe(a);
    expect(isCandidateToken(a)).toBe(true);
  });
  it("stores only a hash that is not the token", () => {
    const t = candidateToken("x", "s");
    expect(candidateTokenHash(t, "s")).not.toContain(t);
    expect(candidateTokenHash(t, "s")).toMatch(/^[0-9a-f]{64}$/);
  });
  it("rejects malformed tokens", () => {
    expect(isCandidateToken("short")).toBe(false);
    expect(isCandidateToken(`${"a".repeat(42)}!`)).toBe(false);
  });
});
