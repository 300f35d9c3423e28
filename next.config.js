import createNextIntlPlugin from "next-intl/plugin";
import { headerRules } from "./lib/security/headers.js";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM from its own package folder; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // Lets parallel test runs build into separate folders (NEXT_DIST_DIR=.next-x).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Content-Security-Policy of pages carries a per-request nonce, so proxy.ts sets it; the
  // build assets it skips get a fixed one here.
  async headers() {
    return headerRules({ appUrl: process.env.APP_URL, production: process.env.NODE_ENV === "production" });
  },
};

export default withNextIntl(nextConfig);
