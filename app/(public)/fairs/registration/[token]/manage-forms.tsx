"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction, type FormHandle } from "@/components/ui/form";
import { Checkbox } from "../../checkbox";
import { cancelRegistrationAction, deleteRegistrationAction, saveSharingAction, saveWishesAction } from "./actions";

type Stand = { id: string; label: string };

function Result({ form }: { form: Pick<FormHandle, "ok" | "message" | "formError" | "errors"> }) {
  const t = useTranslations("publicFair.manage");
  if (form.ok && form.message)
    return (
      <Alert tone="success" role="status">
        {t(form.message as "wishesSaved")}
      </Alert>
    );
  const error = form.formError ?? Object.values(form.errors)[0];
  return error ? (
    <Alert tone="error" role="alert">
      {error}
    </Alert>
  ) : null;
}

/** Up to five stands to meet: one checkbox each, named by the stand's id. */
export function WishesForm({ token, stands, chosen }: { token: string; stands: Stand[]; chosen: string[] }) {
  const t = useTranslations("publicFair.manage");
  const form = useFormAction(saveWishesAction);
  const checked = (id: string) => (form.values ? form.values[`stand_${id}`] === "on" : chosen.includes(id));
  return (
    <Form form={form} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <fieldset id="wishes" tabIndex={-1} className="flex flex-col gap-2">
        <legend className="mb-1 text-xl font-semibold">{t("wishesTitle")}</legend>
        <p className="mb-2 max-w-prose text-sm text-muted">{t("wishesHint")}</p>
        <div key={form.formKey} className="flex flex-col gap-2">
          {stands.map((s) => (
            <Checkbox
              key={s.id}
              id={`stand-${s.id}`}
              name={`stand_${s.id}`}
              label={s.label}
              defaultChecked={checked(s.id)}
            />
          ))}
        </div>
      </fieldset>
      <Result form={form} />
      <div>
        <SubmitButton pendingText={t("saving")}>{t("saveWishes")}</SubmitButton>
      </div>
    </Form>
  );
}

export function SharingForm({ token, share }: { token: string; share: boolean }) {
  const t = useTranslations("publicFair.manage");
  const form = useFormAction(saveSharingAction);
  return (
    <Form form={form} className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">{t("sharingTitle")}</h2>
      <input type="hidden" name="token" value={token} />
      <Checkbox
        name="share"
        label={t("share")}
        hint={t("shareHint")}
        defaultChecked={form.values ? form.values.share === "on" : share}
      />
      <Result form={form} />
      <div>
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("saveSharing")}
        </SubmitButton>
      </div>
    </Form>
  );
}

export function CancelForm({ token }: { token: string }) {
  const t = useTranslations("publicFair.manage");
  const form = useFormAction(cancelRegistrationAction);
  return (
    <Form form={form} className="flex flex-col gap-3">
      <h2 className="text-xl font-semibold">{t("cancelTitle")}</h2>
      <p className="max-w-prose">{t("cancelLead")}</p>
      <input type="hidden" name="token" value={token} />
      <Result form={form} />
      <div>
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("cancel")}
        </SubmitButton>
      </div>
    </Form>
  );
}

export function DeleteForm({ token }: { token: string }) {
  const t = useTranslations("publicFair.manage");
  const form = useFormAction(deleteRegistrationAction);
  return (
    <Form form={form} noValidate className="flex flex-col gap-3 rounded border-2 border-danger p-4">
      <h2 className="text-xl font-semibold">{t("deleteTitle")}</h2>
      <p className="max-w-prose">{t("deleteLead")}</p>
      <input type="hidden" name="token" value={token} />
      <Checkbox key={form.formKey} name="confirm" label={t("deleteConfirm")} error={form.errors.confirm} />
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div>
        <SubmitButton className="!bg-danger" pendingText={t("saving")}>
          {t("delete")}
        </SubmitButton>
      </div>
    </Form>
  );
}
