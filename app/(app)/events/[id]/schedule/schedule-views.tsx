// Three ways to read the schedule instead of one long page: a compact grid (rounds × stands) as the
// overview, one stand's rounds (where the row controls live), and one candidate's interviews.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import type { InterviewRow } from "@/lib/interviews/data/schedule";
import type { ConflictKind } from "@/lib/interviews/rules";
import { RowForms } from "./schedule-forms";

export type ScheduleView =
  { view: "grid" } | { view: "stand"; id: string | null } | { view: "candidate"; id: string | null };

/** `?view=stand&stand=<id>`, `?view=candidate&candidate=<id>`, else the grid. */
export function parseView(sp: Record<string, string | string[] | undefined>): ScheduleView {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : null);
  if (one("view") === "stand") return { view: "stand", id: one("stand") };
  if (one("view") === "candidate") return { view: "candidate", id: one("candidate") };
  return { view: "grid" };
}

export interface ViewProps {
  eventId: string;
  rows: InterviewRow[];
  roundNumbers: number[];
  roundLabel: (round: number) => string;
  standName: Map<string, string>;
  stands: { id: string }[];
  candidates: { id: string; name: string }[];
  flagged: Map<string, ConflictKind[]>;
  detail: (r: InterviewRow) => string;
  roundOptions: { value: string; label: string }[];
  tableOptions: { value: string; label: string }[];
}

export async function ViewTabs({ eventId, current }: { eventId: string; current: ScheduleView["view"] }) {
  const t = await getTranslations("interviews.views");
  const base = `/events/${eventId}/schedule`;
  const tabs = [
    { view: "grid", href: base },
    { view: "stand", href: `${base}?view=stand` },
    { view: "candidate", href: `${base}?view=candidate` },
  ] as const;
  return (
    <nav aria-label={t("label")} className="no-print mb-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {tabs.map((tab) => (
          <li key={tab.view}>
            <Link
              href={tab.href}
              aria-current={current === tab.view ? "page" : undefined}
              className={current === tab.view ? "font-semibold no-underline" : undefined}
            >
              {t(tab.view)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Rounds down, stands across; each cell the candidates at that stand in that round. */
export async function GridView({ rows, roundNumbers, roundLabel, standName, stands, flagged, eventId }: ViewProps) {
  const t = await getTranslations("interviews");
  const cell = new Map<string, InterviewRow[]>();
  for (const r of rows) cell.set(`${r.round}:${r.standId}`, [...(cell.get(`${r.round}:${r.standId}`) ?? []), r]);
  const used = stands.filter((s) => rows.some((r) => r.standId === s.id));
  return (
    <Table caption={t("views.gridCaption")}>
      <thead>
        <tr>
          <Th>{t("views.round")}</Th>
          {used.map((s) => (
            <Th key={s.id}>
              <Link href={`/events/${eventId}/schedule?view=stand&stand=${s.id}`}>{standName.get(s.id)}</Link>
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {roundNumbers.map((round) => (
          <tr key={round}>
            <th scope="row" className="border-b border-line px-3 py-2 text-left font-normal whitespace-nowrap">
              {roundLabel(round)}
            </th>
            {used.map((s) => (
              <Td key={s.id} className="align-top text-sm">
                {(cell.get(`${round}:${s.id}`) ?? [])
                  .sort((a, b) => a.tableNo - b.tableNo)
                  .map((r) => (
                    <span key={r.id} className="block">
                      {r.candidateName ?? t("viewer.cancelled")}
                      {(flagged.get(r.id) ?? []).length > 0 && (
                        <>
                          {" "}
                          <Badge tone="danger">{t("views.conflict")}</Badge>
                        </>
                      )}
                    </span>
                  ))}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A GET form that picks the stand or candidate to show. */
async function Picker({
  eventId,
  view,
  name,
  label,
  options,
  selected,
}: {
  eventId: string;
  view: "stand" | "candidate";
  name: string;
  label: string;
  options: { value: string; label: string }[];
  selected: string | null;
}) {
  const t = await getTranslations("interviews.views");
  return (
    <form method="get" action={`/events/${eventId}/schedule`} className="no-print mb-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="view" value={view} />
      <Select
        id={`pick-${name}`}
        name={name}
        label={label}
        options={options}
        defaultValue={selected ?? ""}
        placeholder={t("choose")}
      />
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}

/** One stand's interviews by round, with the controls to move or remove each. */
export async function StandView(props: ViewProps & { standId: string | null }) {
  const t = await getTranslations("interviews");
  const { eventId, rows, standName, stands, standId, roundLabel, flagged, detail } = props;
  const options = stands.map((s) => ({ value: s.id, label: standName.get(s.id) ?? s.id }));
  const chosen = standId && standName.has(standId) ? standId : null;
  const mine = rows.filter((r) => r.standId === chosen).sort((a, b) => a.round - b.round || a.tableNo - b.tableNo);
  return (
    <>
      <Picker
        eventId={eventId}
        view="stand"
        name="stand"
        label={t("views.pickStand")}
        options={options}
        selected={chosen}
      />
      {chosen &&
        (mine.length === 0 ? (
          <p>{t("views.noneAtStand")}</p>
        ) : (
          <Table caption={t("views.standCaption", { stand: standName.get(chosen)! })}>
            <thead>
              <tr>
                <Th>{t("views.round")}</Th>
                <Th>{t("columns.table")}</Th>
                <Th>{t("columns.candidate")}</Th>
                <Th>{t("columns.notes")}</Th>
                <Th className="no-print">{t("columns.change")}</Th>
              </tr>
            </thead>
            <tbody>
              {mine.map((r) => (
                <tr key={r.id}>
                  <Td className="whitespace-nowrap">{roundLabel(r.round)}</Td>
                  <Td>{r.tableNo + 1}</Td>
                  <Td>{r.candidateName ?? t("viewer.cancelled")}</Td>
                  <Td>
                    <div className="flex flex-col items-start gap-1">
                      {(flagged.get(r.id) ?? []).map((kind) => (
                        <Badge key={kind} tone="danger">
                          {t("conflictBadge", { text: t(`conflicts.${kind}`) })}
                        </Badge>
                      ))}
                      {r.manual && <Badge>{t("staff.manual")}</Badge>}
                    </div>
                  </Td>
                  <Td className="no-print">
                    <RowForms
                      eventId={eventId}
                      interviewId={r.id}
                      detail={detail(r)}
                      round={r.round}
                      tableNo={r.tableNo}
                      rounds={props.roundOptions}
                      tables={props.tableOptions}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ))}
    </>
  );
}

/** One candidate's interviews, in round order. */
export async function CandidateView(props: ViewProps & { candidateId: string | null }) {
  const t = await getTranslations("interviews");
  const { eventId, rows, standName, candidates, candidateId, roundLabel } = props;
  const options = candidates.map((c) => ({ value: c.id, label: c.name }));
  const chosen = candidates.find((c) => c.id === candidateId) ?? null;
  const mine = rows.filter((r) => r.candidateId === chosen?.id).sort((a, b) => a.round - b.round);
  return (
    <>
      <Picker
        eventId={eventId}
        view="candidate"
        name="candidate"
        label={t("views.pickCandidate")}
        options={options}
        selected={chosen?.id ?? null}
      />
      {chosen &&
        (mine.length === 0 ? (
          <p>{t("views.noneForCandidate")}</p>
        ) : (
          <Table caption={t("views.candidateCaption", { name: chosen.name })}>
            <thead>
              <tr>
                <Th>{t("views.round")}</Th>
                <Th>{t("columns.stand")}</Th>
                <Th>{t("columns.table")}</Th>
              </tr>
            </thead>
            <tbody>
              {mine.map((r) => (
                <tr key={r.id}>
                  <Td className="whitespace-nowrap">{roundLabel(r.round)}</Td>
                  <Td>{standName.get(r.standId) ?? r.employerName}</Td>
                  <Td>{r.tableNo + 1}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ))}
    </>
  );
}
