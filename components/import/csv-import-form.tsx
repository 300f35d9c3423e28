"use client";
import Link from "next/link";
import { useState, type ChangeEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction, FormState } from "@/lib/auth/action";
import { decodeCsvBytes } from "@/lib/participant-import/decode";

/** What every CSV import's preview shares; each import adds its own rows. */
export interface ImportPreview {
  problem?: unknown;
  counts: { create: number; update: number; unchanged: number; error: number };
  /** Identifies exactly what the import would write; the import refuses if it has changed. */
  fingerprint: string;
}

type ImportState<R extends ImportPreview> = FormState & {
  report?: R;
  result?: Record<string, number>;
  fileName?: string;
};

/**
 * A CSV import in two steps: preview (what each row will do), then import. The file is read in
 * the browser and posted as text; files the server would refuse are not sent at all. Texts come
 * from the import's namespace (the same keys for every import).
 */
export function CsvImportForm<R extends ImportPreview>({
  namespace,
  action,
  maxBytes,
  maxRows,
  listHref,
  renderReport,
}: {
  namespace: string;
  action: FormAction;
  maxBytes: number;
  maxRows: number;
  listHref: string;
  renderReport: (report: R, fileName?: string) => ReactNode;
}) {
  const t = useTranslations(namespace);
  // The shared action wrapper is typed with FormState; an import adds the report and result to it.
  const form = useFormAction(action);
  const state = form.state as ImportState<R> | null;
  const [file, setFile] = useState<{ text: string; name: string; tooLarge: boolean } | null>(null);
  // A new file makes the shown preview stale until it is previewed in turn.
  const [stale, setStale] = useState(false);
  const [answered, setAnswered] = useState(form.state);
  if (answered !== form.state) {
    // A new answer is for the file just sent.
    setAnswered(form.state);
    setStale(false);
  }
  const [reading, setReading] = useState(false);

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0];
    setStale(true);
    if (!chosen) return setFile(null);
    if (chosen.size > maxBytes) return setFile({ text: "", name: chosen.name, tooLarge: true });
    setReading(true);
    try {
      setFile({ text: decodeCsvBytes(new Uint8Array(await chosen.arrayBuffer())), name: chosen.name, tooLarge: false });
    } finally {
      setReading(false);
    }
  }

  const fileError = form.errorFor("file");
  const report = !stale ? state?.report : undefined;
  const importable = report && !report.problem ? report.counts.create + report.counts.update : 0;

  return (
    <div className="flex flex-col gap-6">
      {state?.result && !stale && (
        <Alert tone="success" role="status">
          <p className="font-semibold">{t("done", { ...state.result })}</p>
          <p className="mt-2">
            <Link href={listHref}>{t("seeList")}</Link>
          </p>
        </Alert>
      )}
      <Form
        form={form}
        summary={{ labels: { file: t("file") }, fieldsOnly: true }}
        noValidate
        className="flex max-w-2xl flex-col gap-4"
      >
        <input type="hidden" name="mode" value="preview" />
        <input type="hidden" name="file" value={file?.text ?? ""} />
        <input type="hidden" name="fileName" value={file?.name ?? ""} />
        {file?.tooLarge && <input type="hidden" name="tooLarge" value="1" />}
        <div className="flex flex-col gap-1">
          <label htmlFor="file" className="font-semibold">
            {t("file")}
          </label>
          <p id="file-hint" className="text-sm text-muted">
            {t("fileHint", { rows: maxRows })}
          </p>
          {fileError && (
            <p id="file-error" className="text-sm font-semibold text-danger">
              {fileError}
            </p>
          )}
          {/* No name: the file itself is never posted, only its decoded text above. */}
          <input
            id="file"
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={choose}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={["file-hint", fileError ? "file-error" : ""].filter(Boolean).join(" ")}
            className={`w-full max-w-md rounded border-2 px-3 py-2 ${fileError ? "border-danger" : "border-muted"}`}
          />
        </div>
        <div>
          {/* Until the file is read, a click would send nothing. */}
          <SubmitButton
            variant={report ? "secondary" : "primary"}
            pendingText={t("previewing")}
            {...(reading ? { disabled: true } : {})}
          >
            {t("preview")}
          </SubmitButton>
        </div>
      </Form>

      {form.formError && !stale && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}

      {report && (
        <>
          {renderReport(report, state?.fileName)}
          {!report.problem && (
            <Form form={form} className="no-print flex flex-col gap-3 border-t-2 border-line pt-4">
              <input type="hidden" name="mode" value="import" />
              <input type="hidden" name="file" value={file?.text ?? ""} />
              <input type="hidden" name="fileName" value={file?.name ?? ""} />
              <input type="hidden" name="fingerprint" value={report.fingerprint} />
              {report.counts.error > 0 && <p>{t("skipNote", { count: report.counts.error })}</p>}
              {importable > 0 ? (
                <div>
                  <SubmitButton pendingText={t("importing")}>{t("import", { count: importable })}</SubmitButton>
                </div>
              ) : (
                <p>{t("nothingToImport")}</p>
              )}
            </Form>
          )}
        </>
      )}
    </div>
  );
}
