"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { kickDelivery } from "@/lib/email/worker";
import { inviteOperator, removeOperator } from "@/lib/operators/data/operators";
import {
  createMunicipality,
  createOrganization,
  inviteFirstAdmin,
  setOrganizationActive,
} from "@/lib/operators/data/organizations";
import {
  createMunicipalitySchema,
  createOrganizationSchema,
  inviteFirstAdminSchema,
  inviteOperatorSchema,
  removeOperatorSchema,
  setOrganizationActiveSchema,
} from "@/lib/operators/schemas";

export const createMunicipalityAction = action(
  createMunicipalitySchema,
  { operator: "organizations.manage" },
  async (input, user) => {
    const { id } = await createMunicipality(user, input);
    revalidatePath("/admin");
    // Straight to the new organization, where its first administrator is invited.
    redirect(`/admin/organizations/${id}?created=1`);
  },
);

export const createOrganizationAction = action(
  createOrganizationSchema,
  { operator: "organizations.manage" },
  async (input, user) => {
    const { id } = await createOrganization(user, input);
    revalidatePath("/admin");
    redirect(`/admin/organizations/${id}?created=1`);
  },
);

export const inviteFirstAdminAction = action(
  inviteFirstAdminSchema,
  { operator: "organizations.manage" },
  async (input, user) => {
    await inviteFirstAdmin(user, input, { locale: await getLocale() });
    void kickDelivery();
    revalidatePath(`/admin/organizations/${input.organizationId}`);
    return { ok: true, message: (await getTranslations("admin.details"))("invited", { email: input.email }) };
  },
);

/** Deactivates (after the confirmation page) or reactivates an organization. */
export const setOrganizationActiveAction = action(
  setOrganizationActiveSchema,
  { operator: "organizations.manage" },
  async ({ organizationId, active }, user) => {
    const { name } = await setOrganizationActive(user, organizationId, active);
    // Not after deactivating: that would re-render the confirmation page, which no longer applies.
    if (active) revalidatePath(`/admin/organizations/${organizationId}`);
    const t = await getTranslations("admin");
    return { ok: true, message: active ? t("details.reactivated", { name }) : t("deactivate.done", { name }) };
  },
);

export const inviteOperatorAction = action(
  inviteOperatorSchema,
  { operator: "operators.manage" },
  async (input, user) => {
    await inviteOperator(user, input, { locale: await getLocale() });
    void kickDelivery();
    revalidatePath("/admin/operators");
    return { ok: true, message: (await getTranslations("admin.operators"))("invited", { email: input.email }) };
  },
);

export const removeOperatorAction = action(
  removeOperatorSchema,
  { operator: "operators.manage" },
  async ({ userId }, user) => {
    const { name } = await removeOperator(user, userId);
    return { ok: true, message: (await getTranslations("admin.remove"))("done", { name }) };
  },
);
