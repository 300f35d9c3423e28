// Content-Security-Policy, set per request by proxy.ts because it carries a nonce.
// The fixed security headers are in headers.js (next.config.js cannot import TypeScript).

/** A fresh nonce per request: a random UUID, base64-encoded as CSP expects. */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/**
 * Scripts only with this request's nonce ('strict-dynamic' lets them load Next's chunks).
 * Styles allow inline because React and Next set style attributes. Development needs
 * eval for React's debugging tools and hot reload.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}
