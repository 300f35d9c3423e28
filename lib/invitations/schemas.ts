import { z } from "zod";
import { industryEnum, sizeBandEnum } from "@/db/schema/organizations";
import { hasNoNul } from "@/lib/security/text";
import { MAX_EXTRA_ADDRESSES, parseAddressList } from "./rules";

export const SUBJECT_MAX = 200;
export const BODY_MAX = 5000;

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).refine(hasNoNul, "invalid");

export const campaignSchema = z.object({
  eventId: z.string(),
  subject: text(SUBJECT_MAX, "invitations.errors.subjectTooLong").pipe(
    z.string().min(1, "invitations.errors.subjectRequired"),
  ),
  body: text(BODY_MAX, "invitations.errors.bodyTooLong").pipe(z.string().min(1, "invitations.errors.bodyRequired")),
  industry: z.union([z.literal(""), z.enum(industryEnum.enumValues, "invalid")]).transform((v) => v || null),
  sizeBand: z.union([z.literal(""), z.enum(sizeBandEnum.enumValues, "invalid")]).transform((v) => v || null),
  /** Extra addresses, one per line or separated by commas. */
  extra: z
    .string()
    .max(30_000, "invitations.errors.extraTooMany")
    .refine(hasNoNul, "invalid")
    .transform((v, ctx) => {
      const { addresses, invalid } = parseAddressList(v);
      if (invalid.length) ctx.addIssue({ code: "custom", message: "invitations.errors.extraInvalid" });
      else if (addresses.length > MAX_EXTRA_ADDRESSES)
        ctx.addIssue({ code: "custom", message: "invitations.errors.extraTooMany" });
      return addresses;
    }),
});
export type CampaignInput = z.infer<typeof campaignSchema>;

export const resendSchema = z.object({ eventId: z.string(), campaignId: z.string() });

export const respondSchema = z.object({ token: z.string(), answer: z.enum(["register", "decline"], "invalid") });

export const unsubscribeSchema = z.object({ token: z.string() });
