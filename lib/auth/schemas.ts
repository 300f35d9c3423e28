import { z } from "zod";

/** Message strings are keys in the "errors" messages; the action wrapper translates them. */
// 254 characters: the longest address SMTP allows.
export const emailSchema = z.string().trim().toLowerCase().min(1, "required").max(254, "email").pipe(z.email("email"));

export const requestMagicLinkSchema = z.object({
  email: emailSchema,
  callbackUrl: z.string().optional(),
});

export const demoSignInSchema = z.object({
  email: emailSchema,
  callbackUrl: z.string().optional(),
});

export const switchMembershipSchema = z.object({ membershipId: z.uuid("invalid") });
