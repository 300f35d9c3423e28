import type { CouncilGoal } from "@/db/schema/council";

/** A stored goal as the flat string values the goal form uses. */
export function goalToFormValues(g: CouncilGoal): Record<string, string> {
  return {
    id: g.id,
    version: String(g.version),
    title: g.title,
    why: g.why,
    level: g.level,
    baseline: String(Number(g.baseline)),
    target: String(Number(g.target)),
    startsOn: g.startsOn,
    deadline: g.deadline,
    unit: g.unit,
    measure: g.measure,
    metric: g.metric ?? "",
    months: g.metricParams.months === undefined ? "" : String(g.metricParams.months),
    membersOnly: g.metricParams.membersOnly ? "on" : "",
  };
}
