import { z } from "zod";
import { industryEnum, sizeBandEnum } from "@/db/schema/organizations";
import type { HandlerState } from "@/lib/auth/action";
import { MAX_MEMBER_BYTES } from "./columns";
import type { MemberFileProblem, MemberReportRow } from "./rules";

/** The member list's filters, from the address: anything unexpected is ignored. */
export const memberFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  industry: z.enum(industryEnum.enumValues).optional().catch(undefined),
  sizeBand: z.enum(sizeBandEnum.enumValues).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type MemberFilterParams = z.infer<typeof memberFiltersSchema>;

// The browser reads the chosen file and sends its text (lib/participant-import/decode.ts).
const common = {
  file: z.string().max(MAX_MEMBER_BYTES, "members.errors.tooLarge"),
  fileName: z.string().max(255).optional(),
  tooLarge: z.string().optional(),
};

export const memberImportSchema = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("preview"), ...common }),
    z.object({
      mode: z.literal("import"),
      ...common,
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "members.errors.previewFirst"),
    }),
  ])
  .superRefine((v, ctx) => {
    if (v.tooLarge) ctx.addIssue({ code: "custom", path: ["file"], message: "members.errors.tooLarge" });
    else if (!v.file.trim()) ctx.addIssue({ code: "custom", path: ["file"], message: "members.errors.chooseFile" });
  });

export interface MemberImportReport {
  problem?: MemberFileProblem;
  ignoredHeaders: string[];
  rows: MemberReportRow[];
  counts: { create: number; update: number; unchanged: number; error: number };
  /** Identifies exactly what the import would write; the import refuses if it has changed. */
  fingerprint: string;
}

export interface MemberImportResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** What the import's handler answers: the wrapper's state plus the preview or the result. */
export type MemberImportState = HandlerState & {
  report?: MemberImportReport;
  result?: MemberImportResult;
  fileName?: string;
};
