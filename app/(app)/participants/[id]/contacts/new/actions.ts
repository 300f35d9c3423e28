"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { logContact } from "@/lib/follow-ups/data/follow-ups";
import { logContactSchema } from "@/lib/follow-ups/schemas";
import { osloDate } from "@/lib/time/oslo";

const returnTo = z.object({ from: z.enum(["due", ""]).optional().catch(undefined) });

// The schema knows today's date ("not in the future"), so it is built per request.
export const logContactAction = action(
  () => logContactSchema(osloDate(new Date())).and(returnTo),
  { permission: "followups.write" },
  async (input, ctx) => {
    await logContact(ctx, input);
    // A contact that answers a row of the due list goes back to the list; otherwise to the participant.
    if (input.followUpId && input.from === "due") redirect("/follow-ups?saved=contact");
    redirect(input.participantId ? `/participants/${input.participantId}?saved=contact` : "/follow-ups?saved=contact");
  },
);
