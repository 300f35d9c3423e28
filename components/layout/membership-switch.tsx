"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { switchMembershipAction } from "./actions";

/** Shown only to people with roles in more than one organization. */
export function MembershipSwitch({ current, options }: { current: string; options: { id: string; label: string }[] }) {
  const t = useTranslations("nav");
  const [, formAction] = useActionState(switchMembershipAction, {});
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
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
    </form>
  );
}
