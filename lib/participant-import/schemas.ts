import { z } from "zod";
import type { HandlerState } from "@/lib/auth/action";
import { MAX_BYTES, type ColumnKey } from "./columns";
import type { ReportRow } from "./plan";
import type { FileProblem } from "./rules";

// The browser reads the chosen file and sends its text as "file" (see decode.ts), or
// tooLarge=1 instead of a file the server could not accept; the checks stay on the server.
const common = {
  file: z.string().max(MAX_BYTES, "participantImport.errors.tooLarge"),
  fileName: z.string().max(255).optional(),
  tooLarge: z.string().optional(),
};

export const importActionSchema = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("preview"), ...common }),
    z.object({
      mode: z.literal("import"),
      ...common,
      fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "participantImport.errors.previewFirst"),
    }),
  ])
  .superRefine((v, ctx) => {
    if (v.tooLarge) ctx.addIssue({ code: "custom", path: ["file"], message: "participantImport.errors.tooLarge" });
    else if (!v.file.trim())
      ctx.addIssue({ code: "custom", path: ["file"], message: "participantImport.errors.chooseFile" });
  });

export interface ImportReport {
  problem?: FileProblem;
  /** Headers in the file that Lagspill does not read. */
  ignoredHeaders: string[];
  columns: ColumnKey[];
  rows: ReportRow[];
  counts: { create: number; update: number; unchanged: number; error: number };
  /** Identifies exactly what the import would write; the import refuses if it has changed. */
  fingerprint: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** What the import's handler answers: the wrapper's state plus the preview or the result. */
export type ImportState = HandlerState & {
  report?: ImportReport;
  result?: ImportResult;
  fileName?: string;
};
