import { describe, expect, it } from "vitest";
import { placementStageEnum } from "@/db/schema/pipeline";
import {
  awaitsEmployer,
  EMPLOYER_STAGE,
  employerStage,
  ownInterviewNote,
  type EmployerMoveEvent,
} from "./employer-view";
import { EMPLOYER_STAGES } from "./rules";

describe("employerStage", () => {
  it("names the proposal the employer must answer as waiting for their answer", () => {
    expect(employerStage("proposed")).toBe("awaiting_answer");
    expect(awaitsEmployer("proposed")).toBe(true);
  });

  it("gives each later stage the employer's own name, and no other stage waits for them", () => {
    expect(employerStage("employer_interested")).toBe("interested");
    expect(employerStage("interview")).toBe("interview");
    expect(employerStage("agreement")).toBe("agreement");
    expect(employerStage("active")).toBe("active");
    expect(employerStage("completed")).toBe("completed");
    expect(employerStage("declined_by_employer")).toBe("declined");
    for (const s of placementStageEnum.enumValues.filter((s) => s !== "proposed"))
      expect(awaitsEmployer(s)).toBe(false);
  });

  it("shows a candidate who declined or was withdrawn only as no longer available", () => {
    expect(employerStage("declined_by_participant")).toBe("unavailable");
    expect(employerStage("withdrawn")).toBe("unavailable");
  });

  it("covers every stage, and every stage the employer sees has a name of its own except the gone ones", () => {
    expect(Object.keys(EMPLOYER_STAGE).sort()).toEqual([...placementStageEnum.enumValues].sort());
    const named = EMPLOYER_STAGES.map(employerStage).filter((v) => v !== "unavailable");
    expect(new Set(named).size).toBe(named.length);
  });
});

describe("ownInterviewNote", () => {
  const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, "0")}T09:00:00Z`);
  const ev = (e: Partial<EmployerMoveEvent>): EmployerMoveEvent => ({
    toStage: "interview",
    note: null,
    byEmployer: true,
    at: at(1),
    ...e,
  });

  it("gives the employer's note with the interview time", () => {
    expect(ownInterviewNote([ev({ note: "Møt opp i resepsjonen, spør etter Kari." })])).toBe(
      "Møt opp i resepsjonen, spør etter Kari.",
    );
  });

  it("never gives a note written by municipality staff, of any stage", () => {
    expect(
      ownInterviewNote([
        ev({ toStage: "proposed", note: "Internt: sjekk tolk", byEmployer: false }),
        ev({ note: "Internt notat", byEmployer: false, at: at(3) }),
      ]),
    ).toBeNull();
  });

  it("ignores the employer's other moves and takes the latest interview", () => {
    expect(
      ownInterviewNote([
        ev({ toStage: "employer_interested", note: "Ser bra ut", at: at(5) }),
        ev({ note: "Første forslag", at: at(2) }),
        ev({ note: "Nytt tidspunkt, samme sted", at: at(4) }),
      ]),
    ).toBe("Nytt tidspunkt, samme sted");
  });

  it("is empty when there is no interview or the note was left blank", () => {
    expect(ownInterviewNote([])).toBeNull();
    expect(ownInterviewNote([ev({ note: "   " })])).toBeNull();
  });
});
