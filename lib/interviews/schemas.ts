import { z } from "zod";
import { UUID } from "@/lib/ids";

// Messages are keys: bare ones in "errors", dotted ones in the interviews namespace.
// Ids are only checked for shape here; the data functions check that they belong to the event.
const uuid = (message: string) => z.string().trim().regex(UUID, message);
const id = uuid("invalid");
/** Rounds and tables are 1-based in forms and 0-based in the database. */
const position = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{1,3}$/.test(v) && Number(v) >= 1, message)
    .transform((v) => Number(v) - 1);

export const eventActionSchema = z.object({ eventId: id });

export const removeInterviewSchema = z.object({ eventId: id, interviewId: id });

export const moveInterviewSchema = z.object({
  eventId: id,
  interviewId: id,
  round: position("interviews.errors.roundRange"),
  tableNo: position("interviews.errors.tableRange"),
});

export const swapInterviewsSchema = z.object({
  eventId: id,
  first: uuid("interviews.errors.chooseInterview"),
  second: uuid("interviews.errors.chooseInterview"),
});

export const addInterviewSchema = z.object({
  eventId: id,
  candidateId: uuid("interviews.errors.chooseCandidate"),
  standId: uuid("interviews.errors.chooseStand"),
  round: position("interviews.errors.roundRange"),
  tableNo: position("interviews.errors.tableRange"),
});
