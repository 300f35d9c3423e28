"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { previewImport, runImport } from "@/lib/participant-import/data";
import { importActionSchema, type ImportState } from "@/lib/participant-import/schemas";

/** Preview (writes nothing) or import a case-system CSV; the form sends the file's text. */
export const importParticipantsAction = action(
  importActionSchema,
  { permission: "participants.import" },
  async (input, ctx) => {
    const { fileName } = input;
    if (input.mode === "preview") {
      const state: ImportState = { ok: true, report: await previewImport(ctx, input.file), fileName };
      return state;
    }
    const outcome = await runImport(ctx, input.file, input.fingerprint);
    if (outcome.status === "changed") {
      const t = await getTranslations("participantImport.errors");
      const state: ImportState = { ok: false, formError: t("changedMeanwhile"), report: outcome.report, fileName };
      return state;
    }
    revalidatePath("/participants");
    const state: ImportState = { ok: true, result: outcome.result, fileName };
    return state;
  },
);
