// Who may do what with a fair's stands. Pure; lib/stands/data.ts loads the event and asks this
// through loadEvent. Stands exist only at career fairs: another kind of event has no stand pages.
// Which stand is the employer's own is the WHERE on the caller's organization in the data functions.
import { atCareerFair } from "@/lib/events/access";

/** An employer in the fair's city registers, edits and cancels its own stand. */
export const mayKeepOwnStand = atCareerFair("employer");

/** The organizer and the co-hosts see every stand of the fair. */
export const maySeeStands = atCareerFair("organizer", "cohost");

/** Only the organizer's staff number the stands. */
export const mayNumberStands = atCareerFair("organizer");
