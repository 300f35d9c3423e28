// Fuzz cases for this area's server action schemas; see lib/security/fuzz.test.ts.
import {
  addInterviewSchema,
  eventActionSchema,
  moveInterviewSchema,
  removeInterviewSchema,
  swapInterviewsSchema,
} from "@/lib/interviews/schemas";
import type { Case } from "./case";

const EVENT = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";
const A = "0b7e2f4c-1d3a-4e5b-9c6d-7e8f9a0b1c2d";
const B = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

// Every field is a hidden id or a select: nothing is typed, so `typed` is empty.
export const cases: Record<string, Case> = {
  runScheduler: { schema: eventActionSchema, valid: { eventId: EVENT }, typed: [] },
  publishSchedule: { schema: eventActionSchema, valid: { eventId: EVENT }, typed: [] },
  removeInterview: { schema: removeInterviewSchema, valid: { eventId: EVENT, interviewId: A }, typed: [] },
  moveInterview: {
    schema: moveInterviewSchema,
    valid: { eventId: EVENT, interviewId: A, round: "3", tableNo: "1" },
    typed: [],
  },
  swapInterviews: { schema: swapInterviewsSchema, valid: { eventId: EVENT, first: A, second: B }, typed: [] },
  addInterview: {
    schema: addInterviewSchema,
    valid: { eventId: EVENT, candidateId: A, standId: B, round: "1", tableNo: "2" },
    typed: [],
  },
};
