import { withAuth } from "@/lib/auth/route";
import { exportByToken } from "@/lib/fair-candidates/data/export";

export const dynamic = "force-dynamic";

/**
 * GET: a public candidate's own data as JSON (GDPR art. 15). The token in the address is the key,
 * as on the manage page: an unknown, expired or voided one is a 404 that says nothing more.
 */
export const GET = withAuth(
  async (_req, _ctx, { params }) => {
    const { token } = (await params) as { token: string };
    const data = await exportByToken(token);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="lagspill-${data.exportedAt.slice(0, 10)}.json"`,
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      },
    });
  },
  { public: true },
);
