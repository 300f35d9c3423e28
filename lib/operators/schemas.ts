import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { findMunicipality } from "@/lib/municipalities/rules";
import { isValidOrgNumber, normalizeOrgNumber } from "@/lib/organizations/rules";
import { hasNoNul } from "@/lib/security/text";

// Messages are keys: bare ones in "errors", dotted ones in the admin namespace.
const personName = z
  .string()
  .trim()
  .min(1, "required")
  .max(100, "admin.errors.nameTooLong")
  .refine(hasNoNul, "invalid");
const orgName = z
  .string()
  .trim()
  .min(1, "required")
  .max(150, "admin.errors.orgNameTooLong")
  .refine(hasNoNul, "invalid");
const orgNumber = z
  .string()
  .transform(normalizeOrgNumber)
  .pipe(z.string().min(1, "required").refine(isValidOrgNumber, "admin.errors.orgNumber"));
const municipalityNumber = z
  .string()
  .min(1, "admin.errors.chooseMunicipality")
  .refine((n) => findMunicipality(n) !== undefined, "admin.errors.chooseMunicipality");

export const setupSchema = z.object({ token: z.string().min(1).max(200), name: personName, email: emailSchema });

export const createMunicipalitySchema = z.object({
  municipalityNumber,
  // Empty: "<navn> kommune".
  name: z.string().trim().max(150, "admin.errors.orgNameTooLong").refine(hasNoNul, "invalid"),
  orgNumber,
});
export type CreateMunicipalityInput = z.infer<typeof createMunicipalitySchema>;

export const createOrganizationSchema = z.object({
  kind: z.enum(["association", "partner"], "admin.errors.chooseKind"),
  name: orgName,
  orgNumber,
  municipalityNumber,
});
export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;

export const inviteFirstAdminSchema = z.object({
  organizationId: z.uuid("invalid"),
  name: personName,
  email: emailSchema,
});
export type InviteFirstAdminInput = z.infer<typeof inviteFirstAdminSchema>;

export const setOrganizationActiveSchema = z.object({
  organizationId: z.uuid("invalid"),
  active: z.enum(["yes", "no"]).transform((v) => v === "yes"),
});

export const inviteOperatorSchema = z.object({ name: personName, email: emailSchema });
export type InviteOperatorInput = z.infer<typeof inviteOperatorSchema>;

export const removeOperatorSchema = z.object({ userId: z.string().min(1).max(100) });
