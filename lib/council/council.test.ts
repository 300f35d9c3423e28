import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/council/markdown";
import { agendaLines, meetingCalendarFile } from "./calendar";
import { isOverdue, meetingStatusTargets, minutesVisible, recordLocked } from "./rules";
import {
  agendaRows,
  attendanceSchema,
  editMeetingSchema,
  isHttpsUrl,
  meetingFormSchema,
  minutesSchema,
} from "./schemas";

const ORG = "6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f";
const form = (over: Record<string, string> = {}) => ({
  title: "Rådsmøte høst",
  date: "2026-10-15",
  startTime: "09:00",
  endTime: "11:30",
  venue: "Rådhuset, møterom 3",
  agendaTitle_0: "Velkommen",
  agendaOwner_0: ORG,
  agendaMinutes_0: "10",
  agendaUrl_0: "",
  agendaTitle_1: "Status for målene",
  agendaOwner_1: "",
  agendaMinutes_1: "",
  agendaUrl_1: "https://example.no/sak.pdf",
  ...over,
});
const errors = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("meeting form schema", () => {
  it("reads Oslo times and the agenda rows in order", () => {
    const v = meetingFormSchema.parse(form());
    expect(v.startsAt.toISOString()).toBe("2026-10-15T07:00:00.000Z");
    expect(v.endsAt.toISOString()).toBe("2026-10-15T09:30:00.000Z");
    expect(v.agenda).toEqual([
      { title: "Velkommen", ownerId: ORG, minutes: 10, attachmentUrl: null },
      { title: "Status for målene", ownerId: null, minutes: null, attachmentUrl: "https://example.no/sak.pdf" },
    ]);
  });

  it("skips empty rows, keeps the form's order after reordering, and drops unknown fields", () => {
    const v = meetingFormSchema.parse(
      form({ agendaTitle_5: "Først", agendaTitle_0: "", agendaOwner_0: "", agendaMinutes_0: "", extra: "x" }),
    );
    expect(v.agenda.map((a) => a.title)).toEqual(["Status for målene", "Først"]);
    expect(v).not.toHaveProperty("extra");
  });

  it("puts each problem next to its field", () => {
    const r = meetingFormSchema.safeParse(
      form({
        title: "",
        endTime: "08:00",
        agendaTitle_1: "",
        agendaMinutes_0: "0",
        agendaUrl_1: "javascript:alert(1)",
        agendaOwner_0: "x",
      }),
    );
    expect(errors(r)).toEqual({
      title: "required",
      endTime: "meetings.errors.endBeforeStart",
      agendaTitle_1: "meetings.errors.agendaTitle",
      agendaMinutes_0: "meetings.errors.minutes",
      agendaUrl_1: "meetings.errors.url",
      agendaOwner_0: "meetings.errors.owner",
    });
  });

  it("refuses NUL in an agenda field and ignores rows beyond the limit", () => {
    expect(errors(meetingFormSchema.safeParse(form({ agendaTitle_0: "a\u0000b" })))).toHaveProperty(
      "agendaTitle_0",
      "invalid",
    );
    expect(agendaRows({ agendaTitle_20: "Too far", agendaTitle_3: "Ok" }).map((r) => r.title)).toEqual(["Ok"]);
  });

  it("needs id and version to edit", () => {
    expect(editMeetingSchema.safeParse(form()).success).toBe(false);
    expect(editMeetingSchema.parse({ ...form(), id: ORG, version: "2" })).toMatchObject({ id: ORG, version: 2 });
  });

  it("accepts only https attachment links", () => {
    expect(isHttpsUrl("https://www.bergen.kommune.no/sak/1")).toBe(true);
    for (const bad of [
      "http://example.no",
      "javascript:alert(1)",
      "https://localhost",
      "ftp://x.no",
      "https://a b.no",
      `https://x.no/${"a".repeat(500)}`,
    ])
      expect(isHttpsUrl(bad), bad).toBe(false);
  });
});

describe("minutes and attendance schemas", () => {
  it("approving needs text; a draft may be empty", () => {
    expect(minutesSchema.safeParse({ id: ORG, version: "1", minutes: "", intent: "draft" }).success).toBe(true);
    expect(errors(minutesSchema.safeParse({ id: ORG, version: "1", minutes: " ", intent: "approve" }))).toEqual({
      minutes: "meetings.errors.minutesEmpty",
    });
  });
  it("reads the ticked representatives", () => {
    expect(
      attendanceSchema.parse({ meetingId: ORG, [`present_${ORG}`]: "on", present_bad: "on", other: "on" }),
    ).toEqual({ meetingId: ORG, presentIds: [ORG] });
  });
});

describe("meeting rules", () => {
  const startsAt = new Date("2026-10-15T07:00:00Z");
  it("marks a meeting held only after it has started", () => {
    expect(
      meetingStatusTargets({ status: "planned", startsAt, minutesStatus: "none" }, new Date("2026-10-15T06:59:00Z")),
    ).toEqual(["cancelled"]);
    expect(meetingStatusTargets({ status: "planned", startsAt, minutesStatus: "none" }, startsAt)).toEqual([
      "held",
      "cancelled",
    ]);
    expect(meetingStatusTargets({ status: "held", startsAt, minutesStatus: "none" }, startsAt)).toEqual([]);
  });
  it("shows draft minutes only to the secretariat and locks approved ones", () => {
    expect(minutesVisible({ minutesStatus: "draft" }, false)).toBe(false);
    expect(minutesVisible({ minutesStatus: "draft" }, true)).toBe(true);
    expect(minutesVisible({ minutesStatus: "approved" }, false)).toBe(true);
    expect(minutesVisible({ minutesStatus: "none" }, true)).toBe(false);
    expect(recordLocked({ minutesStatus: "approved" })).toBe(true);
    expect(recordLocked({ minutesStatus: "draft" })).toBe(false);
  });
  it("calls open items overdue after the due day", () => {
    expect(isOverdue({ status: "open", dueOn: "2026-06-01" }, "2026-06-02")).toBe(true);
    expect(isOverdue({ status: "in_progress", dueOn: "2026-06-01" }, "2026-06-01")).toBe(false);
    expect(isOverdue({ status: "done", dueOn: "2026-01-01" }, "2026-06-02")).toBe(false);
  });
});

describe("calendar file", () => {
  it("is one event in UTC with title, place, agenda and a stable uid", () => {
    const file = meetingCalendarFile({
      uid: "m1@lagspill",
      title: "Rådsmøte høst",
      description: agendaLines(
        [
          { title: "Velkommen", ownerName: "NAV Bergen vest", minutes: 10 },
          { title: "Mål", ownerName: null, minutes: null },
        ],
        "min",
      ).join("\n"),
      location: "Rådhuset, møterom 3",
      start: new Date("2026-10-15T07:00:00Z"),
      end: new Date("2026-10-15T09:30:00Z"),
      url: "https://lagspill.example/council/meetings/m1",
    });
    const unfolded = file.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("BEGIN:VCALENDAR");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(unfolded).toContain("UID:m1@lagspill");
    expect(unfolded).toContain("SUMMARY:Rådsmøte høst");
    expect(unfolded).toContain("DTSTART:20261015T070000Z");
    expect(unfolded).toContain("DTEND:20261015T093000Z");
    expect(unfolded).toContain("LOCATION:Rådhuset\\, møterom 3");
    expect(unfolded).toContain("1. Velkommen (NAV Bergen vest\\, 10 min)\\n2. Mål");
  });
});

describe("minutes as Markdown", () => {
  const html = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

  it("renders headings (shifted to fit the page), lists, bold, italics and safe links", () => {
    const out = html("# Sak 1\nTekst\n\n- a\n- b\n\n1. c");
    expect(out).toContain("<h3");
    expect(out).toContain("Sak 1</h3>");
    expect(out).toMatch(/<ul[^>]*>\s*<li>a<\/li>\s*<li>b<\/li>\s*<\/ul>/);
    expect(out).toMatch(/<ol[^>]*>\s*<li>c<\/li>\s*<\/ol>/);
    expect(html("**Vedtak:** se [saken](https://example.no/sak) og *merk*")).toContain(
      '<p><strong>Vedtak:</strong> se <a href="https://example.no/sak" rel="noopener noreferrer">saken</a> og <em>merk</em></p>',
    );
  });

  it("never turns text into markup: script tags and javascript: links stay text", () => {
    const out = html('<script>alert("x")</script>\n<img src=x onerror=alert(1)>\n[klikk](javascript:alert(1))');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).not.toContain("href");
    expect(out).toContain("&lt;script&gt;");
    expect(html("[klikk](javascript:alert(1)) og ![bilde](https://x.example/a.png)")).toBe(
      '<div class="flex max-w-prose flex-col gap-3"><p>klikk og bilde</p></div>',
    );
  });
});
