import { withAuth } from "@/lib/auth/route";
import { checkHealth } from "@/lib/health/data";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  async () => {
    const health = await checkHealth();
    if (health.ok) return Response.json({ status: "ok", database: health.database });
    return Response.json(
      {
        status: "unavailable",
        database: health.database,
        message: "The database does not answer. Lagspill cannot serve requests right now.",
      },
      { status: 503, headers: { "Retry-After": "10" } },
    );
  },
  { public: true },
);
