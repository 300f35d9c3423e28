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

// A browser drops tabs and newlines from a URL and reads "\\" as "/", so "/\t/evil.example"
// and "/\\evil.example" both become "//evil.example", another site.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;
const BASE = "http://lagspill.invalid";

/**
 * Only same-site paths may be a post-sign-in target ("/home", not "//evil.example"). The path
 * is also refused when decoding it once more would make it unsafe ("/%2F/evil.example"), in
 * case a later step decodes it. The result is the path as a URL parser reads it.
 */
export function safeCallbackPath(value: unknown, fallback = "/home"): string {
  if (typeof value !== "string" || !value.startsWith("/") || UNSAFE.test(value)) return fallback;
  const path = value.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return fallback;
  }
  if (UNSAFE.test(decoded) || decoded.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The sign-in link Auth.js made, moved onto `base` (APP_URL). Auth.js builds it from the
 * request's Host and X-Forwarded-* headers, which the client chooses, so only its path and its
 * token, email and callback are kept; the callback becomes a same-site path, since Auth.js
 * made it absolute on that same request origin.
 */
export function signInLinkOn(base: string, authJsUrl: string): string {
  const url = new URL(authJsUrl);
  const callback = url.searchParams.get("callbackUrl") ?? "/home";
  const path = new URL(callback, BASE);
  const params = {
    callbackUrl: safeCallbackPath(`${path.pathname}${path.search}${path.hash}`),
    token: url.searchParams.get("token") ?? "",
    email: url.searchParams.get("email") ?? "",
  };
  return `${base}${url.pathname}?${new URLSearchParams(params)}`;
}
