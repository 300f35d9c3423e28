// Who sees a fair's report. Pure; lib/fair-report/data.ts loads the event and asks this through
// loadEvent. Only career fairs have a report (stands, candidates, interviews, leads).
import { atCareerFair } from "@/lib/events/access";

/** The organizer and the co-hosts, at a career fair: counts only, never a person. */
export const maySeeFairReport = atCareerFair("organizer", "cohost");
