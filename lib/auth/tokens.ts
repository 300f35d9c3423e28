// Magic-link tokens are stored hashed exactly as Auth.js hashes them (sha256 of token + secret),
// so links we create ourselves (demo accounts) and links Auth.js creates are checked the same way.
import { createHash, randomBytes } from "node:crypto";

export function hashToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("hex");
}

/** Magic links expire after this many minutes. */
export const MAGIC_LINK_MINUTES = 30;

/** Invitation links live a week: the invitee may read the email days later. */
export const INVITATION_DAYS = 7;

export function invitationExpires(now: Date): Date {
  return new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
}

export function callbackUrl(base: string, params: { token: string; email: string; callbackUrl: string }): string {
  return `${base}/api/auth/callback/resend?${new URLSearchParams(params)}`;
}

/** Only same-site paths may be a post-sign-in target ("/home", not "//evil.example"). */
export function safeCallbackPath(value: unknown, fallback = "/home"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return fallback;
  return value;
}
