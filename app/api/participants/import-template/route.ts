import { withAuth } from "@/lib/auth/route";
import { templateCsv } from "@/lib/participant-import/columns";

export const dynamic = "force-dynamic";

/** An example file with every column the import reads, to compare with the case system's export. */
export const GET = withAuth(
  async () =>
    new Response(templateCsv(), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="lagspill-deltakere-eksempel.csv"',
        "Cache-Control": "no-store",
      },
    }),
  { permission: "participants.import" },
);
