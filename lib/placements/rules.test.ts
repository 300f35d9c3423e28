import { describe, expect, it } from "vitest";
import {
  allowedMoves,
  canMove,
  groupByStage,
  isClosingMove,
  missingForMove,
  movesFrom,
  positionCheck,
  positionsTaken,
  quickMove,
} from "./rules";

const now = new Date("2026-11-28T10:00:00Z");

describe("stage moves", () => {
  it("walks the main line one step at a time", () => {
    expect(movesFrom("suggested")).toContain("proposed");
    expect(movesFrom("interview")).toContain("agreement");
    expect(movesFrom("active")).toEqual(["completed"]);
    expect(canMove("suggested", "agreement", "staff")).toBe(false);
    expect(canMove("proposed", "active", "staff")).toBe(false);
  });

  it("closes from any stage before the start, and never moves out of a final stage", () => {
    for (const from of ["proposed", "employer_interested", "interview", "agreement"] as const) {
      expect(canMove(from, "withdrawn", "staff"), from).toBe(true);
      expect(canMove(from, "declined_by_participant", "staff"), from).toBe(true);
    }
    for (const final of ["completed", "declined_by_employer", "declined_by_participant", "withdrawn"] as const) {
      expect(movesFrom(final)).toEqual([]);
    }
    expect(canMove("active", "withdrawn", "staff")).toBe(false);
  });

  it("lets the employer answer, and nothing else", () => {
    expect(allowedMoves("proposed", "employer")).toEqual(["employer_interested", "interview", "declined_by_employer"]);
    expect(allowedMoves("employer_interested", "employer")).toEqual(["interview", "declined_by_employer"]);
    expect(allowedMoves("interview", "employer")).toEqual(["declined_by_employer"]);
    expect(allowedMoves("suggested", "employer")).toEqual([]);
    expect(canMove("interview", "agreement", "employer")).toBe(false);
    expect(canMove("proposed", "withdrawn", "employer")).toBe(false);
  });

  it("leaves the employer's answers to the employer, but lets staff record a refusal", () => {
    expect(canMove("proposed", "employer_interested", "staff")).toBe(false);
    expect(canMove("employer_interested", "interview", "staff")).toBe(false);
    expect(canMove("proposed", "declined_by_employer", "staff")).toBe(true);
  });

  it("never makes an agreement active by a move: only the three confirmations do", () => {
    expect(canMove("agreement", "active", "staff")).toBe(false);
    expect(canMove("agreement", "active", "employer")).toBe(false);
  });

  it("names the closing moves", () => {
    expect(isClosingMove("withdrawn")).toBe(true);
    expect(isClosingMove("completed")).toBe(false);
  });
});

describe("what a move needs", () => {
  it("a reason for a decline, an outcome for completion, a future time for an interview", () => {
    expect(missingForMove("declined_by_employer", { reason: "  " }, now)).toEqual({
      field: "reason",
      key: "placements.errors.reasonRequired",
    });
    expect(missingForMove("declined_by_participant", { reason: "Flyttet" }, now)).toBeNull();
    expect(missingForMove("completed", {}, now)?.field).toBe("outcome");
    expect(missingForMove("completed", { outcome: "hired" }, now)).toBeNull();
    expect(missingForMove("interview", {}, now)?.key).toBe("placements.errors.interviewAtRequired");
    expect(missingForMove("interview", { interviewAt: new Date("2026-11-27T10:00:00Z") }, now)?.key).toBe(
      "placements.errors.interviewInPast",
    );
    expect(missingForMove("interview", { interviewAt: new Date("2026-12-01T10:00:00Z") }, now)).toBeNull();
    expect(missingForMove("withdrawn", {}, now)).toBeNull();
  });
});

describe("positions", () => {
  it("counts only agreements and ongoing placements", () => {
    expect(positionsTaken(["agreement", "active", "completed", "interview", "withdrawn", "proposed"])).toBe(2);
  });

  it("fits while a position is free, and says when the last one is taken", () => {
    expect(positionCheck(0, 2)).toEqual({ fits: true, fillsSlot: false });
    expect(positionCheck(1, 2)).toEqual({ fits: true, fillsSlot: true });
    expect(positionCheck(2, 2)).toEqual({ fits: false, fillsSlot: true });
  });
});

describe("board helpers", () => {
  it("offers a one-click next step only where no extra input is needed", () => {
    expect(quickMove("suggested", "staff")).toBe("proposed");
    expect(quickMove("interview", "staff")).toBe("agreement");
    expect(quickMove("proposed", "staff")).toBeNull();
    expect(quickMove("proposed", "employer")).toBe("employer_interested");
    expect(quickMove("employer_interested", "employer")).toBeNull();
    expect(quickMove("active", "staff")).toBeNull();
    expect(quickMove("agreement", "staff")).toBeNull();
  });

  it("groups by stage in the order of the line, keeping empty columns", () => {
    const groups = groupByStage(
      [
        { stage: "interview" as const, id: 1 },
        { stage: "proposed" as const, id: 2 },
      ],
      ["proposed", "employer_interested", "interview"],
    );
    expect(groups.map((g) => [g.stage, g.rows.length])).toEqual([
      ["proposed", 1],
      ["employer_interested", 0],
      ["interview", 1],
    ]);
  });
});
