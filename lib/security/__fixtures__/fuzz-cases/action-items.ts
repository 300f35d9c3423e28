// Fuzz cases for this area's server action schemas; see lib/security/fuzz.test.ts.
import { actionCommentSchema, actionItemFormSchema, actionStatusSchema } from "@/lib/action-items/schemas";
import type { Case } from "./case";

const ID = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";

export const cases: Record<string, Case> = {
  createActionItem: {
    schema: actionItemFormSchema("2026-06-01"),
    valid: {
      title: "Sende oversikt over praksisplasser",
      ownerOrgId: ID,
      ownerRepresentativeId: ID,
      dueOn: "2026-06-15",
      meetingId: ID,
    },
    typed: ["title", "dueOn"],
    max: { title: 200 },
    open: ["ownerOrgId", "ownerRepresentativeId", "meetingId"],
  },
  setActionStatus: {
    schema: actionStatusSchema,
    valid: { id: ID, version: "1", status: "in_progress" },
    typed: [],
    open: ["id"],
  },
  addActionComment: {
    schema: actionCommentSchema,
    valid: { id: ID, body: "Vi har sendt oversikten." },
    typed: ["body"],
    max: { body: 2000 },
    open: ["id"],
  },
};
