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
