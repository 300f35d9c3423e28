import { describe, expect, it } from "vitest";
import { reminderEmail } from "./emails";

const content = {
  councilName: "Samarbeidsrådet",
  organizationName: "NAV Bergen vest",
  overdue: [{ title: "Sende <oversikt>", dueOn: "2026-11-20" }],
  soon: [{ title: "Invitere", dueOn: "2026-12-03" }],
  href: "https://lagspill.example/council/actions?mine=1",
};

describe("reminderEmail", () => {
  it("lists overdue and soon-due items with dates in bokmål", () => {
    const mail = reminderEmail("a@b.no", content, "nb");
    expect(mail.subject).toBe("Forfalte oppfølgingspunkter i Samarbeidsrådet");
    expect(mail.text).toContain("• Sende <oversikt> (frist 20.11.2026)");
    expect(mail.text).toContain("Frist innen en uke:\n• Invitere (frist 03.12.2026)");
    expect(mail.text).toContain("Se oppfølgingspunktene: https://lagspill.example/council/actions?mine=1");
    // Titles are typed by people: escaped in the HTML.
    expect(mail.html).toContain("Sende &lt;oversikt&gt;");
    expect(mail.html).not.toContain("<oversikt>");
  });

  it("speaks English, and leaves out the soon-due heading when there is nothing soon", () => {
    const mail = reminderEmail("a@b.no", { ...content, soon: [] }, "en");
    expect(mail.subject).toBe("Overdue action items in Samarbeidsrådet");
    expect(mail.text).toContain("• Sende <oversikt> (due 20/11/2026)");
    expect(mail.text).not.toContain("Due within a week");
  });
});
