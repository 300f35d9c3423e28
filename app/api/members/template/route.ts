import { withAuth } from "@/lib/auth/route";
import { memberTemplateCsv } from "@/lib/members/columns";

export const dynamic = "force-dynamic";

/** An example member list with every column the import reads. */
export const GET = withAuth(
  async () =>
    new Response(memberTemplateCsv(), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="lagspill-medlemmer-eksempel.csv"',
        "Cache-Control": "no-store",
      },
    }),
  { permission: "members.manage" },
);
