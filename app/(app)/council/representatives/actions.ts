"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { addRepresentative, setRepresentativeActive } from "@/lib/council/data/council";
import { representativeActiveSchema, representativeSchema } from "@/lib/council/schemas";

// The council overview's forms (app/(app)/council/page.tsx), in a folder of their own because
// council/actions/ is the action items' route. The secretariat check is in lib/council.
export const addRepresentativeAction = action(
  representativeSchema,
  { permission: "council.contribute" },
  async (input, ctx) => {
    await addRepresentative(ctx, input);
    revalidatePath("/council");
    // The name makes each success message differ, so the form starts empty again after every addition.
    return { ok: true, message: (await getTranslations("council.representatives"))("added", { name: input.name }) };
  },
);

export const setRepresentativeActiveAction = action(
  representativeActiveSchema,
  { permission: "council.contribute" },
  async ({ representativeId, active }, ctx) => {
    await setRepresentativeActive(ctx, representativeId, active);
    revalidatePath("/council");
  },
);
