"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { switchMembershipAction } from "./actions";

/** Shown only to people with roles in more than one organization. */
export function MembershipSwitch({ current, options }: { current: string; options: { id: string; label: string }[] }) {
  const t = useTranslations("nav");
  const form = useFormAction(switchMembershipAction);
  return (
    <Form form={form} className="flex flex-wrap items-end gap-2">
      <label htmlFor="membershipId" className="text-sm">
        {t("actingAs")}
      </label>
      <select
        id="membershipId"
        name="membershipId"
        defaultValue={current}
        className="rounded border-2 border-muted px-2 py-1"
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" className="!py-1">
        {t("switchOrganization")}
      </SubmitButton>
    </Form>
  );
}
