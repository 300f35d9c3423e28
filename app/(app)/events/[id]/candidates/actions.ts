"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { cancelParticipant, registerParticipant, setParticipantWishes } from "@/lib/fair-candidates/data/participants";
import {
  eventCandidateSchema,
  employerWishSchema,
  participantWishesSchema,
  registerParticipantSchema,
} from "@/lib/fair-candidates/schemas";
import { cancelCandidate, deletePublicCandidate, setEmployerWish } from "@/lib/fair-candidates/data/staff";

const page = (eventId: string) => `/events/${eventId}/candidates`;

export const cancelCandidateAction = action(
  eventCandidateSchema,
  { permission: "events.manage" },
  async ({ eventId, candidateId }, ctx) => {
    await cancelCandidate(ctx, eventId, candidateId);
    revalidatePath(page(eventId));
    return { ok: true, message: "cancelled" };
  },
);

export const deleteCandidateAction = action(
  eventCandidateSchema,
  { permission: "events.manage" },
  async ({ eventId, candidateId }, ctx) => {
    await deletePublicCandidate(ctx, eventId, candidateId);
    revalidatePath(page(eventId));
    return { ok: true, message: "deleted" };
  },
);

export const registerParticipantAction = action(
  registerParticipantSchema,
  { permission: "fairs.registerParticipants" },
  async ({ eventId, participantId }, ctx) => {
    const status = await registerParticipant(ctx, eventId, participantId);
    revalidatePath(page(eventId));
    return { ok: true, message: status === "waitlisted" ? "registeredWaitlisted" : "registered" };
  },
);

export const cancelParticipantAction = action(
  eventCandidateSchema,
  { permission: "fairs.registerParticipants" },
  async ({ eventId, candidateId }, ctx) => {
    await cancelParticipant(ctx, eventId, candidateId);
    revalidatePath(page(eventId));
    return { ok: true, message: "cancelled" };
  },
);

export const setParticipantWishesAction = action(
  participantWishesSchema,
  { permission: "fairs.registerParticipants" },
  async ({ eventId, candidateId, standIds }, ctx) => {
    await setParticipantWishes(ctx, eventId, candidateId, standIds);
    revalidatePath(page(eventId));
    return { ok: true, message: "wishesSaved" };
  },
);

export const setEmployerWishAction = action(
  employerWishSchema,
  { permission: "fairs.exhibit" },
  async ({ eventId, candidateId, want }, ctx) => {
    await setEmployerWish(ctx, eventId, candidateId, want);
    revalidatePath(page(eventId));
    return { ok: true, message: want ? "wantSaved" : "wantRemoved" };
  },
);
