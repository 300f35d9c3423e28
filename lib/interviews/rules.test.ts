import { formatTime } from "@/lib/i18n/format";
import { describe, expect, it } from "vitest";
import {
  calendarFile,
  calendarFileName,
  conflicts,
  conflictsById,
  interviewSettings,
  qualityPercent,
  roundTimes,
  type InterviewSlot,
} from "./rules";

const slot = (id: string, candidateId: string, standId: string, round: number, tableNo = 0): InterviewSlot => ({
  id,
  candidateId,
  standId,
  round,
  tableNo,
});

describe("conflicts", () => {
  it("finds nothing in a clean schedule", () => {
    expect(
      conflicts([slot("1", "a", "S", 0), slot("2", "b", "S", 1), slot("3", "a", "T", 1), slot("4", "c", "S", 0, 1)]),
    ).toEqual([]);
  });

  it("flags a candidate twice in a round, a table twice in a round and a repeated pair", () => {
    const list = conflicts([
      slot("1", "a", "S", 0),
      slot("2", "a", "T", 0),
      slot("3", "b", "S", 0),
      slot("4", "a", "S", 3, 1),
    ]);
    expect(list).toContainEqual({ kind: "candidateTwice", ids: ["1", "2"] });
    expect(list).toContainEqual({ kind: "tableTwice", ids: ["1", "3"] });
    expect(list).toContainEqual({ kind: "samePair", ids: ["1", "4"] });
    expect(list).toHaveLength(3);
    expect(conflictsById(list).get("1")).toEqual(["candidateTwice", "tableTwice", "samePair"]);
  });

  it("flags rounds and tables that do not exist when the limits are known", () => {
    const limits = { rounds: 2, tables: new Map([["S", 1]]) };
    expect(
      conflicts(
        [slot("1", "a", "S", 2), slot("2", "b", "S", 0, 1), slot("3", "c", "X", 0), slot("4", "d", "S", 1)],
        limits,
      ).map((c) => c.ids[0]),
    ).toEqual(["1", "2", "3"]);
  });
});

describe("round times and quality", () => {
  it("puts rounds back to back", () => {
    const start = new Date("2026-06-10T08:00:00Z");
    expect(roundTimes(start, 15, 0)).toEqual({ start, end: new Date("2026-06-10T08:15:00Z") });
    expect(roundTimes(start, 15, 3).start).toEqual(new Date("2026-06-10T08:45:00Z"));
    expect(formatTime(start, "nb")).toBe("10:00");
  });

  it("rounds the quality down and calls an empty problem perfect", () => {
    expect(qualityPercent(199, 200)).toBe(99);
    expect(qualityPercent(5, 5)).toBe(100);
    expect(qualityPercent(0, 0)).toBe(100);
  });
});

describe("calendar file", () => {
  it("has one VEVENT per interview with UTC times, title and location", () => {
    const ics = calendarFile("Karrieretorg", [
      {
        uid: "i1@lagspill",
        title: "Intervju: Fjordkanten Bygg AS",
        description: "Bord 1",
        location: "Grieghallen, stand 4",
        start: new Date("2026-06-10T08:00:00Z"),
        end: new Date("2026-06-10T08:15:00Z"),
      },
      {
        uid: "i2@lagspill",
        title: "Intervju: Havbruk AS",
        location: "Grieghallen",
        start: new Date("2026-06-10T08:15:00Z"),
        end: new Date("2026-06-10T08:30:00Z"),
      },
    ]);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("DTSTART:20260610T080000Z");
    expect(ics).toContain("DTEND:20260610T081500Z");
    expect(ics).toContain("SUMMARY:Intervju: Fjordkanten Bygg AS");
    expect(ics).toContain("LOCATION:Grieghallen\\, stand 4");
    expect(ics).toContain("UID:i1@lagspill");
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
  });

  it("is still a calendar without interviews", () => {
    const ics = calendarFile("Messe; Bergen", []);
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("X-WR-CALNAME:Messe\\; Bergen");
    expect(ics).not.toContain("VEVENT");
  });

  it("names the file safely", () => {
    expect(calendarFileName("intervjuer Internasjonalt karrieretorg «Bergen» 2026")).toBe(
      "intervjuer-internasjonalt-karrieretorg-bergen-2026.ics",
    );
    expect(calendarFileName('"; rm -rf')).toBe("rm-rf.ics");
    expect(calendarFileName("")).toBe("intervjuer.ics");
    expect(calendarFileName("Næringsforum Bødø Åsane")).toBe("naeringsforum-bodo-asane.ics");
  });
});

describe("interviewSettings", () => {
  it("gives the window once staff have set all three parts, else null", () => {
    const startsAt = new Date("2026-03-10T09:00:00Z");
    expect(interviewSettings({ interviewStartsAt: startsAt, interviewMinutes: 10, interviewRounds: 6 })).toEqual({
      startsAt,
      minutes: 10,
      rounds: 6,
    });
    expect(interviewSettings({ interviewStartsAt: null, interviewMinutes: 10, interviewRounds: 6 })).toBeNull();
    expect(interviewSettings({ interviewStartsAt: startsAt, interviewMinutes: null, interviewRounds: 6 })).toBeNull();
    expect(interviewSettings({ interviewStartsAt: startsAt, interviewMinutes: 10, interviewRounds: null })).toBeNull();
  });
});
