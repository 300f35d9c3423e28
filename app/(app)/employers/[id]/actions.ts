"use server";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import {
  addContactPerson,
  inviteEmployerContact,
  setContactPerson,
  updateEmployerProfile,
} from "@/lib/employers/data/contacts";
import { contactPersonSchema, employerContactSchema, employerProfileSchema } from "@/lib/employers/schemas";
import { kickDelivery } from "@/lib/email/worker";

export const setContactPersonAction = action(
  contactPersonSchema,
  { permission: "employers.manage" },
  async (input, ctx) => {
    await setContactPerson(ctx, input.id, input.contactUserId);
    revalidatePath(`/employers/${input.id}`);
    return { ok: true, message: "saved" };
  },
);

export const addEmployerContactAction = action(
  employerContactSchema,
  { permission: "employers.manage" },
  async ({ id, invite, ...contact }, ctx) => {
    if (invite) {
      await inviteEmployerContact(ctx, id, contact, { locale: await getLocale() });
      void kickDelivery();
    } else {
      await addContactPerson(ctx, id, contact);
    }
    revalidatePath(`/employers/${id}`);
    // The confirmation names the person, so it is written here where the name is known.
    const t = await getTranslations("employers.invite");
    return { ok: true, message: invite ? t("invited", { email: contact.email }) : t("added", { name: contact.name }) };
  },
);

export const updateEmployerProfileAction = action(
  employerProfileSchema,
  { permission: "employers.manage" },
  async ({ id, ...input }, ctx) => {
    await updateEmployerProfile(ctx, id, input);
    revalidatePath(`/employers/${id}`);
    revalidatePath("/employers");
    return { ok: true, message: "saved" };
  },
);
