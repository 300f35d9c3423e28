import { withAuth } from "@/lib/auth/route";
import { calendarResponse, candidateCalendar } from "@/lib/interviews/calendar";

export const dynamic = "force-dynamic";

/** GET: a public candidate's published interviews as an .ics file; the token in the address is the key. */
export const GET = withAuth(
  async (_req, _ctx, { params }) => {
    const { token } = (await params) as { token: string };
    return calendarResponse(await candidateCalendar(token));
  },
  { public: true },
);
