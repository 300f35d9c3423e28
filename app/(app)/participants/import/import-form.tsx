"use client";
import { useTranslations } from "next-intl";
import { CsvImportForm } from "@/components/import/csv-import-form";
import { ImportReportView } from "@/components/import/import-report";
import { COLUMNS, MAX_BYTES, MAX_ROWS, type ColumnKey } from "@/lib/participant-import/columns";
import type { ImportReport } from "@/lib/participant-import/schemas";
import { importParticipantsAction } from "./actions";

const headerOf = (key: ColumnKey) => COLUMNS.find((c) => c.key === key)?.header ?? key;

export function ImportForm() {
  const t = useTranslations("participantImport");
  return (
    <CsvImportForm<ImportReport>
      namespace="participantImport"
      action={importParticipantsAction}
      maxBytes={MAX_BYTES}
      maxRows={MAX_ROWS}
      listHref="/participants"
      renderReport={(report, fileName) => (
        <ImportReportView
          namespace="participantImport"
          report={report}
          fileName={fileName}
          maxRows={MAX_ROWS}
          headerOf={headerOf}
          keyOf={{ header: "externalId", value: (r) => r.externalId }}
          createdText={() => t("newRecord")}
        />
      )}
    />
  );
}
