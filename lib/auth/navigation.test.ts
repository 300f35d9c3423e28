import { describe, expect, it } from "vitest";
import { navFor } from "./navigation";

describe("navigation per role", () => {
  it("gives municipality staff their caseload areas", () => {
    expect(navFor("consultant").map((i) => i.href)).toEqual(["/home", "/participants", "/follow-ups", "/organization"]);
    expect(navFor("job_specialist").map((i) => i.href)).toEqual(["/home", "/participants", "/follow-ups", "/fidelity", "/organization"]);
    expect(navFor("municipality_admin").map((i) => i.href)).toEqual([
      "/home", "/participants", "/follow-ups", "/fidelity", "/organization", "/email-status", "/settings",
    ]);
  });
  it("shows an employer only their own areas", () => {
    expect(navFor("employer").map((i) => i.href)).toEqual(["/home", "/organization"]);
  });
  it("shows admins the email delivery page", () => {
    expect(navFor("municipality_admin").map((i) => i.href)).toContain("/email-status");
    expect(navFor("association_staff").map((i) => i.href)).toContain("/email-status");
  });
  it("hides it from consultants and partners", () => {
    expect(navFor("consultant").map((i) => i.href)).not.toContain("/email-status");
    expect(navFor("partner").map((i) => i.href)).not.toContain("/email-status");
  });
});
