// The floor for the page benchmark (db/bench/pages.ts): a bare Next.js app with the project's
// Next.js version (resolved from the project's node_modules), one dynamic page, no styling.
/** @type {import('next').NextConfig} */
const nextConfig = { poweredByHeader: false };
export default nextConfig;
