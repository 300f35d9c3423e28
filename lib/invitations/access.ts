// Who invites employers to an event. Pure; lib/invitations/data.ts loads the event and asks this
// through loadEvent. Any kind of event may have invitations; answering one goes by its token.
import { atAnyEvent } from "@/lib/events/access";

/** Only the organizer's staff write, send and follow up invitation campaigns. */
export const mayInvite = atAnyEvent("organizer");
