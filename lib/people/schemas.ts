import { z } from "zod";
import { roleEnum } from "@/db/schema/organizations";
import { emailSchema } from "@/lib/auth/schemas";
import { hasNoNul } from "@/lib/security/text";

// Messages are keys: bare ones in "errors", dotted ones in the people namespace.
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on");

export const invitePersonSchema = z.object({
  name: z.string().trim().min(1, "required").max(100, "people.errors.nameTooLong").refine(hasNoNul, "invalid"),
  email: emailSchema,
  role: z.enum(roleEnum.enumValues, "people.errors.chooseRole"),
  isAdmin: checkbox,
});
export type InvitePersonInput = z.infer<typeof invitePersonSchema>;

export const changeRoleSchema = z.object({
  membershipId: z.uuid("invalid"),
  role: z.enum(roleEnum.enumValues, "people.errors.chooseRole"),
  isAdmin: checkbox,
});
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setActiveSchema = z.object({
  membershipId: z.uuid("invalid"),
  active: z.enum(["yes", "no"]).transform((v) => v === "yes"),
});

export const revokeInvitationSchema = z.object({ membershipId: z.uuid("invalid") });
