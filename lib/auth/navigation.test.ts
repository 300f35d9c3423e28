import { describe, expect, it } from "vitest";
import { navFor } from "./navigation";

describe("navigation per role", () => {
  it("gives municipality staff their caseload areas", () => {
    const areas = ["/home", "/participants", "/pipeline", "/employers", "/slots", "/events", "/council", "/follow-ups"];
    expect(navFor("consultant").map((i) => i.href)).toEqual([...areas, "/organization"]);
    expect(navFor("job_specialist").map((i) => i.href)).toEqual([...areas, "/fidelity", "/organization"]);
    expect(navFor("municipality_admin").map((i) => i.href)).toEqual([
      ...areas.slice(0, 7),
      "/reports",
      "/follow-ups",
      "/fidelity",
      "/organization",
      "/people",
      "/email-status",
      "/settings",
    ]);
  });
  it("shows an employer only their own areas", () => {
    expect(navFor("employer").map((i) => i.href)).toEqual([
      "/home",
      "/slots",
      "/proposals",
      "/events",
      "/organization",
      "/people",
    ]);
  });
  it("gives association staff their events and member companies", () => {
    expect(navFor("association_staff").map((i) => i.href)).toEqual([
      "/home",
      "/events",
      "/members",
      "/council",
      "/organization",
      "/email-status",
    ]);
    expect(navFor("partner").map((i) => i.href)).toEqual(["/home", "/events", "/council", "/organization"]);
  });
  it("shows admins the email delivery page", () => {
    expect(navFor("municipality_admin").map((i) => i.href)).toContain("/email-status");
    expect(navFor("association_staff").map((i) => i.href)).toContain("/email-status");
  });
  it("shows association staff the people page only with the admin flag", () => {
    expect(navFor("association_staff", true).map((i) => i.href)).toContain("/people");
    expect(navFor("association_staff", false).map((i) => i.href)).not.toContain("/people");
  });
  it("hides it from consultants and partners", () => {
    expect(navFor("consultant").map((i) => i.href)).not.toContain("/email-status");
    expect(navFor("partner").map((i) => i.href)).not.toContain("/email-status");
  });
});
