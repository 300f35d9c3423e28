import { withAuth } from "@/lib/auth/route";
import { exportParticipant } from "@/lib/subject-rights/data";

export const dynamic = "force-dynamic";

/** GET: everything stored about one participant, as a JSON file (municipality admins). */
export const GET = withAuth(
  async (_req, ctx, { params }) => {
    const { id } = (await params) as { id: string };
    const data = await exportParticipant(ctx, id);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="lagspill-deltaker-${id}.json"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { permission: "participants.subjectRights" },
);
