"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { changeRoleAction, revokeInvitationAction, setActiveAction } from "./actions";

interface PersonRow {
  membershipId: string;
  name: string;
  role: string;
  isAdmin: boolean;
  deactivated: boolean;
  invited: boolean;
  isSelf: boolean;
}

function Message({ error, ok }: { error?: string; ok?: string }) {
  if (error)
    return (
      <p role="alert" className="text-sm font-semibold text-danger">
        {error}
      </p>
    );
  if (ok)
    return (
      <p role="status" className="text-sm text-ok">
        {ok}
      </p>
    );
  return null;
}

/** Change the role of one person: compact, so it fits in a table row. */
export function RoleForm({
  person,
  roles,
  withAdminFlag,
}: {
  person: PersonRow;
  roles: { value: string; label: string }[];
  withAdminFlag: boolean;
}) {
  const t = useTranslations("people");
  const form = useFormAction(changeRoleAction);
  const id = `role-${person.membershipId}`;
  const error = form.formError ?? Object.values(form.errors)[0];
  return (
    <Form form={form} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="membershipId" value={person.membershipId} />
      <div key={form.answerKey} className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t("roleFor", { name: person.name })}
        </label>
        <select
          id={id}
          name="role"
          defaultValue={form.values?.role ?? person.role}
          className="rounded border-2 border-ink bg-white px-2 py-1"
        >
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        {withAdminFlag && (
          <span className="flex items-center gap-1">
            <input
              id={`${id}-admin`}
              name="isAdmin"
              type="checkbox"
              defaultChecked={form.values ? form.values.isAdmin === "on" : person.isAdmin}
              className="h-5 w-5"
            />
            <label htmlFor={`${id}-admin`}>
              {t("admin")}
              <span className="sr-only"> ({person.name})</span>
            </label>
          </span>
        )}
        <SubmitButton variant="secondary" pendingText={t("saving")} aria-label={`${t("saveRole")}: ${person.name}`}>
          {t("saveRole")}
        </SubmitButton>
      </div>
      <Message error={error} ok={form.ok ? t("roleSaved", { name: person.name }) : undefined} />
    </Form>
  );
}

/** An unused invitation is withdrawn at once: inviting again is as easy. */
function RevokeInvitation({ person }: { person: PersonRow }) {
  const t = useTranslations("people");
  const form = useFormAction(revokeInvitationAction);
  if (form.ok) return <Message ok={form.message} />;
  return (
    <Form form={form} className="flex flex-col gap-2">
      <input type="hidden" name="membershipId" value={person.membershipId} />
      <SubmitButton variant="link" pendingText={t("saving")}>
        {t("revoke", { name: person.name })}
      </SubmitButton>
      <Message error={form.formError} />
    </Form>
  );
}

/** Deactivation goes through a confirmation page; reactivation needs none. */
export function AccessControl({ person }: { person: PersonRow }) {
  const t = useTranslations("people");
  const form = useFormAction(setActiveAction);
  if (person.isSelf) return null;
  if (person.invited) return <RevokeInvitation person={person} />;
  if (!person.deactivated) {
    return (
      <div className="flex flex-col gap-2">
        <Link href={`/people/${person.membershipId}/deactivate`} className="text-brand underline underline-offset-2">
          {t("deactivate", { name: person.name })}
        </Link>
        <Message ok={form.ok ? t("reactivated", { name: person.name }) : undefined} />
      </div>
    );
  }
  return (
    <Form form={form} className="flex flex-col gap-2">
      <input type="hidden" name="membershipId" value={person.membershipId} />
      <input type="hidden" name="active" value="yes" />
      <SubmitButton variant="link" pendingText={t("saving")}>
        {t("reactivate", { name: person.name })}
      </SubmitButton>
      <Message error={form.formError} />
    </Form>
  );
}
