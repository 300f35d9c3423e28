// Fuzz cases for this area's server action schemas; see lib/security/fuzz.test.ts.
import {
  commitmentSchema,
  commitmentStatusSchema,
  editGoalSchema,
  goalFormSchema,
  reportFigureSchema,
} from "@/lib/goals/schemas";
import type { Case } from "./case";

const ID = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";
const goal = {
  title: "70 % i arbeid eller utdanning innen tre år",
  why: "Rådet vil se hele løpet.",
  level: "macro",
  baseline: "55",
  target: "70,5",
  startsOn: "2025-01-01",
  deadline: "2027-12-31",
  unit: "",
  measure: "live",
  metric: "work_or_education_share",
  months: "36",
  membersOnly: "",
};
const goalTyped = ["title", "why", "baseline", "target", "startsOn", "deadline", "months"];
const goalMax = { title: 160, why: 2000 };

export const cases: Record<string, Case> = {
  createGoal: { schema: goalFormSchema, valid: goal, typed: goalTyped, max: goalMax },
  createManualGoal: {
    schema: goalFormSchema,
    valid: { ...goal, measure: "manual", metric: "", unit: "percent", months: "" },
    typed: goalTyped,
    max: goalMax,
  },
  updateGoal: { schema: editGoalSchema, valid: { ...goal, id: ID, version: "3" }, typed: goalTyped, max: goalMax },
  reportFigure: {
    schema: reportFigureSchema,
    valid: { goalId: ID, value: "72,5", reportedFor: "2026-03-31", note: "Fra fagsystemet" },
    typed: ["value", "reportedFor", "note"],
    max: { note: 500 },
  },
  addCommitment: {
    schema: commitmentSchema,
    valid: { goalId: ID, kind: "hours", amount: "40", description: "Veiledere på karrieremessen" },
    typed: ["amount", "description"],
    max: { description: 500 },
  },
  setCommitmentStatus: {
    schema: commitmentStatusSchema,
    valid: { id: ID, version: "2", status: "delivered", deliveredOn: "2026-04-02" },
    typed: ["deliveredOn"],
  },
};
