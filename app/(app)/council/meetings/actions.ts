"use server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { sendInvitation } from "@/lib/council/data/invitation";
import { createMeeting, setMeetingStatus, updateMeeting } from "@/lib/council/data/meetings";
import { removeDecision, reopenMinutes, saveAttendance, saveDecision, saveMinutes } from "@/lib/council/data/minutes";
import {
  attendanceSchema,
  decisionSchema,
  editMeetingSchema,
  invitationSchema,
  meetingFormSchema,
  meetingStatusSchema,
  minutesSchema,
  removeDecisionSchema,
  reopenMinutesSchema,
} from "@/lib/council/schemas";

// Every write is the secretariat's; lib/council checks the council role, the permission only lets members' staff in.
const access = { permission: "council.contribute" } as const;
const back = (id: string, saved: string, section = ""): never =>
  redirect(`/council/meetings/${id}?saved=${saved}${section}`);

export const createMeetingAction = action(meetingFormSchema, access, async (input, ctx) => {
  back(await createMeeting(ctx, input), "created");
});

export const updateMeetingAction = action(editMeetingSchema, access, async (input, ctx) => {
  await updateMeeting(ctx, input.id, input.version, input);
  back(input.id, "updated");
});

export const setMeetingStatusAction = action(meetingStatusSchema, access, async ({ id, version, status }, ctx) => {
  await setMeetingStatus(ctx, id, version, status, new Date());
  back(id, status);
});

export const sendInvitationAction = action(invitationSchema, access, async ({ id, version, again }, ctx) => {
  await sendInvitation(ctx, id, version, again, await getLocale(), new Date());
  back(id, "invited");
});

export const saveMinutesAction = action(minutesSchema, access, async ({ id, version, minutes, intent }, ctx) => {
  await saveMinutes(ctx, id, version, minutes, intent, new Date());
  back(id, intent === "approve" ? "approved" : "draft", "#minutes-title");
});

export const reopenMinutesAction = action(reopenMinutesSchema, access, async ({ id, version }, ctx) => {
  await reopenMinutes(ctx, id, version, new Date());
  back(id, "reopened", "#minutes-title");
});

export const saveDecisionAction = action(decisionSchema, access, async ({ meetingId, decisionId, text }, ctx) => {
  await saveDecision(ctx, meetingId, decisionId, text);
  back(meetingId, "decision", "#decisions-title");
});

export const removeDecisionAction = action(removeDecisionSchema, access, async ({ meetingId, decisionId }, ctx) => {
  await removeDecision(ctx, meetingId, decisionId);
  back(meetingId, "decisionRemoved", "#decisions-title");
});

export const saveAttendanceAction = action(attendanceSchema, access, async ({ meetingId, presentIds }, ctx) => {
  await saveAttendance(ctx, meetingId, presentIds);
  back(meetingId, "attendance", "#attendance-title");
});
