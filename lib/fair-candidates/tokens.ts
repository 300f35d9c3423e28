// The link a public fair candidate gets by email (manage, cancel, delete, schedule, calendar).
// The token is derived from the candidate's id with the server secret, so any later email
// (waitlist promotion, published schedule) can carry the same link without storing it; only
// its hash is stored, to find the candidate. Deleting the candidate kills the link.
import { createHmac } from "node:crypto";
import { hashToken } from "@/lib/auth/tokens";

export function candidateToken(candidateId: string, secret: string): string {
  return createHmac("sha256", secret).update(`fair-candidate:${candidateId}`).digest("base64url");
}

export function candidateTokenHash(token: string, secret: string): string {
  return hashToken(token, secret);
}

/** Only well-formed tokens are looked up (43 base64url characters). */
export function isCandidateToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
