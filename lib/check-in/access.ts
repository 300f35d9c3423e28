// Who works the door. Pure; lib/check-in/data.ts loads the event and asks this through loadEvent.
import { atCareerFair } from "@/lib/events/access";

/** Only the organizer's staff check candidates in and register walk-ins, and only career fairs have a door. */
export const mayWorkTheDoor = atCareerFair("organizer");
