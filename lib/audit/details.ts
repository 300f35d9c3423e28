// What the audit log's "Details" column says for each kind of detail an action records, as
// message keys and values for the page to translate. Unknown keys are left out. Pure.

export type DetailPart =
  | { key: "fields"; values: { fields: string } }
  | { key: "purpose"; values: { purpose: string } }
  | { key: "scope"; values: { scope: string } }
  | { key: "move"; values: { from: string; to: string } }
  | { key: "reason"; values: { reason: string } }
  | { key: "note"; values: { note: string } }
  | { key: "retention"; values: { months: number } }
  | { key: "status"; values: { status: string } }
  | { key: "channel"; values: { channel: string } }
  | { key: "outcome"; values: { timepoint: string; outcome: string } }
  | { key: "line"; values: { line: number } };

const str = (v: unknown): v is string => typeof v === "string" && v.length > 0;

/** The parts of one audit row's details, in a fixed order. */
export function auditDetailParts(details: Record<string, unknown> | null | undefined): DetailPart[] {
  if (!details) return [];
  const d = details;
  const parts: DetailPart[] = [];
  if (Array.isArray(d.fields) && d.fields.length > 0)
    parts.push({ key: "fields", values: { fields: d.fields.map(String).join(", ") } });
  const purpose = str(d.purpose) ? d.purpose : str(d.view) ? d.view : null;
  if (purpose) parts.push({ key: "purpose", values: { purpose } });
  if (str(d.scope)) parts.push({ key: "scope", values: { scope: d.scope } });
  if (str(d.from) && str(d.to) && !str(d.channel)) parts.push({ key: "move", values: { from: d.from, to: d.to } });
  if (str(d.reasonCode)) parts.push({ key: "reason", values: { reason: d.reasonCode } });
  if (str(d.note)) parts.push({ key: "note", values: { note: d.note } });
  if (typeof d.retentionMonths === "number") parts.push({ key: "retention", values: { months: d.retentionMonths } });
  if (str(d.status)) parts.push({ key: "status", values: { status: d.status } });
  if (str(d.channel)) parts.push({ key: "channel", values: { channel: d.channel } });
  if (str(d.timepoint) && str(d.outcome))
    parts.push({ key: "outcome", values: { timepoint: d.timepoint, outcome: d.outcome } });
  if (typeof d.line === "number") parts.push({ key: "line", values: { line: d.line } });
  return parts;
}
