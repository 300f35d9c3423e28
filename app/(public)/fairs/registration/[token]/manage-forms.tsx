"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import type { FormState } from "@/lib/auth/action";
import { Checkbox } from "../../checkbox";
import { cancelRegistrationAction, deleteRegistrationAction, saveSharingAction, saveWishesAction } from "./actions";

type Stand = { id: string; label: string };

function Result({ state }: { state: FormState }) {
  const t = useTranslations("publicFair.manage");
  if (state.ok && state.message)
    return (
      <Alert tone="success" role="status">
        {t(state.message as "wishesSaved")}
      </Alert>
    );
  const error = state.formError ?? Object.values(state.fieldErrors ?? {})[0];
  return error ? (
    <Alert tone="error" role="alert">
      {error}
    </Alert>
  ) : null;
}

/** Up to five stands to meet: one checkbox each, named by the stand's id. */
export function WishesForm({ token, stands, chosen }: { token: string; stands: Stand[]; chosen: string[] }) {
  const t = useTranslations("publicFair.manage");
  const [state, formAction] = useActionState(saveWishesAction, {});
  const checked = (id: string) => (state.values ? state.values[`stand_${id}`] === "on" : chosen.includes(id));
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <fieldset id="wishes" tabIndex={-1} className="flex flex-col gap-2">
        <legend className="mb-1 text-xl font-semibold">{t("wishesTitle")}</legend>
        <p className="mb-2 max-w-prose text-sm text-muted">{t("wishesHint")}</p>
        <div key={JSON.stringify(state.values ?? null)} className="flex flex-col gap-2">
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
      <Result state={state} />
      <div>
        <SubmitButton pendingText={t("saving")}>{t("saveWishes")}</SubmitButton>
      </div>
    </form>
  );
}

export function SharingForm({ token, share }: { token: string; share: boolean }) {
  const t = useTranslations("publicFair.manage");
  const [state, formAction] = useActionState(saveSharingAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">{t("sharingTitle")}</h2>
      <input type="hidden" name="token" value={token} />
      <Checkbox
        name="share"
        label={t("share")}
        hint={t("shareHint")}
        defaultChecked={state.values ? state.values.share === "on" : share}
      />
      <Result state={state} />
      <div>
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("saveSharing")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function CancelForm({ token }: { token: string }) {
  const t = useTranslations("publicFair.manage");
  const [state, formAction] = useActionState(cancelRegistrationAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <h2 className="text-xl font-semibold">{t("cancelTitle")}</h2>
      <p className="max-w-prose">{t("cancelLead")}</p>
      <input type="hidden" name="token" value={token} />
      <Result state={state} />
      <div>
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("cancel")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function DeleteForm({ token }: { token: string }) {
  const t = useTranslations("publicFair.manage");
  const [state, formAction] = useActionState(deleteRegistrationAction, {});
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 rounded border-2 border-danger p-4">
      <h2 className="text-xl font-semibold">{t("deleteTitle")}</h2>
      <p className="max-w-prose">{t("deleteLead")}</p>
      <input type="hidden" name="token" value={token} />
      <Checkbox
        key={JSON.stringify(state.values ?? null)}
        name="confirm"
        label={t("deleteConfirm")}
        error={state.fieldErrors?.confirm}
      />
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      <div>
        <SubmitButton className="!bg-danger" pendingText={t("saving")}>
          {t("delete")}
        </SubmitButton>
      </div>
    </form>
  );
}
