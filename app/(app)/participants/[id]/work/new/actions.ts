"use server";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { registerWorkSchema } from "@/lib/follow-ups/schemas";
import { registerWorkStart } from "@/lib/work/data";

export const registerWorkAction = action(
  registerWorkSchema,
  { permission: "participants.write" },
  async (input, ctx) => {
    await registerWorkStart(ctx, input);
    redirect(`/participants/${input.participantId}?saved=work`);
  },
);
