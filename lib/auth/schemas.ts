import { z } from "zod";

/** Message strings are keys in the "errors" messages; the action wrapper translates them. */
export const emailSchema = z.string().trim().toLowerCase().min(1, "required").pipe(z.email("email"));

export const requestMagicLinkSchema = z.object({
  email: emailSchema,
  callbackUrl: z.string().optional(),
});

export const demoSignInSchema = z.object({
  email: emailSchema,
  callbackUrl: z.string().optional(),
});

export const switchMembershipSchema = z.object({ membershipId: z.uuid("invalid") });
