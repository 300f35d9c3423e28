// Plain JavaScript because next.config.js imports it; types in headers.d.ts.

/**
 * Headers for every response. HSTS only when the app is served over https (or in
 * production, which always is): over plain http browsers ignore it anyway.
 * @param {{ appUrl?: string; production: boolean }} opts
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders(opts) {
  const list = [
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
  if (opts.production || opts.appUrl?.startsWith("https://")) {
    list.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  }
  return list;
}

/**
 * For the addresses proxy.ts skips (Next's build assets and image optimizer): none of them is a
 * page, so nothing may run, load or frame. A page never gets this one, as two policies would both apply.
 */
export const ASSET_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The next.config.js headers() list: the fixed headers everywhere, the asset CSP where the proxy does not run.
 * @param {{ appUrl?: string; production: boolean }} opts
 * @returns {{ source: string; headers: { key: string; value: string }[] }[]}
 */
export function headerRules(opts) {
  const csp = [{ key: "Content-Security-Policy", value: ASSET_CSP }];
  return [
    { source: "/:path*", headers: securityHeaders(opts) },
    { source: "/_next/static/:path*", headers: csp },
    { source: "/_next/image", headers: csp },
  ];
}
