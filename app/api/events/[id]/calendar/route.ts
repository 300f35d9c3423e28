import { withAuth } from "@/lib/auth/route";
import { calendarResponse, viewerCalendar } from "@/lib/interviews/calendar";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

/** GET: the signed-in employer's (or municipality's) published interviews at this fair, as an .ics file. */
export const GET = withAuth(
  async (req, ctx, { params }) => {
    const { id } = (await params) as { id: string };
    const cookie = req.headers.get("cookie")?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`))?.[1];
    return calendarResponse(await viewerCalendar(ctx, id, resolveLocale(cookie, req.headers.get("accept-language"))));
  },
  { permission: "events.read" },
);
