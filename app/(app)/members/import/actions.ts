"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { previewMemberImport, runMemberImport } from "@/lib/members/data";
import { memberImportSchema, type MemberImportState } from "@/lib/members/schemas";

/** Preview (writes nothing) or import a member list; the form sends the file's text. */
export const importMembersAction = action(memberImportSchema, { permission: "members.manage" }, async (input, ctx) => {
  const { fileName } = input;
  if (input.mode === "preview") {
    const state: MemberImportState = { ok: true, report: await previewMemberImport(ctx, input.file), fileName };
    return state;
  }
  const outcome = await runMemberImport(ctx, input.file, input.fingerprint);
  if (outcome.status === "changed") {
    const t = await getTranslations("members.errors");
    const state: MemberImportState = { ok: false, formError: t("changedMeanwhile"), report: outcome.report, fileName };
    return state;
  }
  revalidatePath("/members");
  const state: MemberImportState = { ok: true, result: outcome.result, fileName };
  return state;
});
