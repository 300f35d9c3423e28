"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { addInterview, moveInterview, removeInterview, swapInterviews } from "@/lib/interviews/data/edits";
import { publishSchedule, runScheduler } from "@/lib/interviews/data/schedule";
import {
  addInterviewSchema,
  eventActionSchema,
  moveInterviewSchema,
  removeInterviewSchema,
  swapInterviewsSchema,
} from "@/lib/interviews/schemas";

const done = (eventId: string, message: string) => {
  revalidatePath(`/events/${eventId}/schedule`);
  return { ok: true, message };
};

export const runSchedulerAction = action(
  eventActionSchema,
  { permission: "events.manage" },
  async ({ eventId }, ctx) => {
    await runScheduler(ctx, eventId);
    return done(eventId, "ran");
  },
);

export const publishScheduleAction = action(
  eventActionSchema,
  { permission: "events.manage" },
  async ({ eventId }, ctx) => {
    await publishSchedule(ctx, eventId);
    return done(eventId, "published");
  },
);

export const removeInterviewAction = action(
  removeInterviewSchema,
  { permission: "events.manage" },
  async ({ eventId, interviewId }, ctx) => {
    await removeInterview(ctx, eventId, interviewId);
    return done(eventId, "removed");
  },
);

export const moveInterviewAction = action(moveInterviewSchema, { permission: "events.manage" }, async (input, ctx) => {
  await moveInterview(ctx, input);
  return done(input.eventId, "moved");
});

export const swapInterviewsAction = action(
  swapInterviewsSchema,
  { permission: "events.manage" },
  async (input, ctx) => {
    await swapInterviews(ctx, input);
    return done(input.eventId, "swapped");
  },
);

export const addInterviewAction = action(addInterviewSchema, { permission: "events.manage" }, async (input, ctx) => {
  await addInterview(ctx, input);
  return done(input.eventId, "added");
});
