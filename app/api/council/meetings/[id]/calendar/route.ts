import { withAuth } from "@/lib/auth/route";
import { meetingCalendar } from "@/lib/council/data/invitation";
import { calendarResponse } from "@/lib/interviews/calendar";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** GET: a council meeting as an .ics file, for any member of that council (another council's id is 404). */
export const GET = withAuth(
  async (req, ctx, { params }) => {
    const { id } = (await params) as { id: string };
    const cookie = req.headers.get("cookie")?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`))?.[1];
    return calendarResponse(await meetingCalendar(ctx, id, resolveLocale(cookie, req.headers.get("accept-language"))));
  },
  { permission: "council.read" },
);
