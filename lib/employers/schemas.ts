import { z } from "zod";
import { industryEnum, sizeBandEnum } from "@/db/schema/organizations";
import { isValidOrgNumber, normalizeOrgNumber } from "@/lib/organizations/rules";
import { hasNoNul } from "@/lib/security/text";
import { normalizeWebsite } from "./rules";

// Messages are keys: bare ones in "errors", dotted ones in the employers namespace.
const text = (max = 200) => z.string().trim().max(max, "employers.errors.tooLong").refine(hasNoNul, "invalid");
const optionalText = (max = 200) => text(max).transform((v) => v || null);
const required = (max = 200) => text(max).min(1, "required");
const yesNo = z.enum(["yes", "no"]).optional().catch(undefined);

/** The employer list's filters, from the address: anything unexpected is ignored. */
export const employerFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  industry: z.enum(industryEnum.enumValues).optional().catch(undefined),
  member: yesNo,
  openSlots: yesNo,
  sort: z.enum(["name", "lastContact", "openSlots"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type EmployerFilterParams = z.infer<typeof employerFiltersSchema>;

export const employerProfileSchema = z.object({
  id: z.string(),
  orgNumber: z
    .string()
    .trim()
    .min(1, "required")
    .transform(normalizeOrgNumber)
    .refine(isValidOrgNumber, "employers.errors.orgNumber"),
  industry: z.union([z.literal(""), z.enum(industryEnum.enumValues, "invalid")]).transform((v) => v || null),
  sizeBand: z.union([z.literal(""), z.enum(sizeBandEnum.enumValues, "invalid")]).transform((v) => v || null),
  address: optionalText(),
  area: optionalText(100),
  website: text(200).transform((v, ctx) => {
    if (!v) return null;
    const url = normalizeWebsite(v);
    if (!url) {
      ctx.addIssue({ code: "custom", message: "employers.errors.website" });
      return z.NEVER;
    }
    return url;
  }),
});
export type EmployerProfileInput = z.infer<typeof employerProfileSchema>;

export const contactPersonSchema = z.object({
  id: z.string(),
  contactUserId: z.string().trim().min(1, "employers.errors.chooseStaff").refine(hasNoNul, "invalid"),
});

export const employerContactSchema = z.object({
  id: z.string(),
  name: required(),
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "email").pipe(z.email("email")),
  title: optionalText(100),
  phone: optionalText(30).refine((v) => v === null || /^\+?[\d ]{8,15}$/.test(v), "employers.errors.phone"),
  /** A checkbox: checked sends a sign-in link, unchecked only records the person. */
  invite: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
export type EmployerContactInput = z.infer<typeof employerContactSchema>;
