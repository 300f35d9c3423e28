"use client";
import { useTranslations } from "next-intl";
import { CsvImportForm } from "@/components/import/csv-import-form";
import { ImportReportView } from "@/components/import/import-report";
import { MAX_MEMBER_BYTES, MAX_MEMBER_ROWS, MEMBER_COLUMNS, type MemberColumnKey } from "@/lib/members/columns";
import type { MemberImportReport } from "@/lib/members/schemas";
import { importMembersAction } from "./actions";
import { ProposedChanges } from "./proposed-changes";

const headerOf = (key: MemberColumnKey) => MEMBER_COLUMNS.find((c) => c.key === key)?.header ?? key;

export function MemberImportForm() {
  const t = useTranslations("members.import");
  return (
    <CsvImportForm<MemberImportReport>
      namespace="members.import"
      action={importMembersAction}
      maxBytes={MAX_MEMBER_BYTES}
      maxRows={MAX_MEMBER_ROWS}
      listHref="/members"
      renderReport={(report, fileName) => (
        <ImportReportView
          namespace="members.import"
          report={report}
          fileName={fileName}
          maxRows={MAX_MEMBER_ROWS}
          headerOf={headerOf}
          keyOf={{ header: "orgNumber", value: (r) => r.orgNumber }}
          createdText={(r) => (r.existing ? t("knownCompany") : t("newCompany"))}
        >
          <ProposedChanges rows={report.rows} />
        </ImportReportView>
      )}
    />
  );
}
