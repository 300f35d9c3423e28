import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_COUNCIL, DEMO_SECOND_COUNCIL, expectAccessible, signInAsDemo, visit } from "./helpers";

// Councils across the installation: a person whose organization sits in two councils picks which
// one to work in, and each council's pages show only its own things; the operator sets a council up
// and changes its members, with history. The operator's council uses organizations without demo
// staff, so no other spec's person gains a council.

async function switchTo(page: Page, name: string) {
  await page.getByLabel("Rådet du jobber i").selectOption({ label: name });
  await page.getByRole("button", { name: "Bytt råd" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectAccessible(page);
}

test("a person in two councils switches between them, and each shows only its own meetings and goals", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await visit(page, "/council");
  // The first by name until another is picked.
  await expect(page.getByRole("heading", { level: 1, name: DEMO_COUNCIL.name })).toBeVisible();
  await expect(page.getByLabel("Rådet du jobber i")).toHaveValue(DEMO_COUNCIL.id);

  await switchTo(page, DEMO_SECOND_COUNCIL.name);
  await visit(page, "/council/meetings");
  await expect(page.getByRole("link", { name: DEMO_SECOND_COUNCIL.meetingTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Rådsmøte / })).toHaveCount(0);
  await visit(page, "/council/goals");
  await expect(page.getByRole("link", { name: DEMO_SECOND_COUNCIL.goalTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: DEMO_COUNCIL.goals.workOrEducation.title })).toHaveCount(0);
  // Another council's goal is not found while working in this one; the choice is kept between pages.
  const response = await page.goto(`/council/goals/${DEMO_COUNCIL.goals.workOrEducation.id}`);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);

  await visit(page, "/council");
  await expect(page.getByRole("heading", { level: 1, name: DEMO_SECOND_COUNCIL.name })).toBeVisible();
  await switchTo(page, DEMO_COUNCIL.name);
  await visit(page, "/council/meetings");
  await expect(page.getByRole("link", { name: /^Rådsmøte / }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: DEMO_SECOND_COUNCIL.meetingTitle })).toHaveCount(0);
  await visit(page, "/council/goals");
  await expect(page.getByRole("link", { name: DEMO_COUNCIL.goals.workOrEducation.title })).toBeVisible();
  await expect(page.getByRole("link", { name: DEMO_SECOND_COUNCIL.goalTitle })).toHaveCount(0);
});

test("a person in one council sees no council switcher", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, "/council");
  await expect(page.getByRole("heading", { level: 1, name: DEMO_COUNCIL.name })).toBeVisible();
  await expect(page.getByLabel("Rådet du jobber i")).toHaveCount(0);
});

test("the operator creates a council, changes its chair and members, and sees the history", async ({ page }) => {
  const name = `Testrådet ${String(Date.now()).slice(-6)}`;
  await page.goto("/sign-in?callbackUrl=/admin/councils");
  await page.getByRole("button", { name: new RegExp(DEMO.operator.name) }).click();
  await page.waitForURL("**/admin/councils");
  await expect(page.getByRole("heading", { level: 1, name: "Samarbeidsråd" })).toBeVisible();
  await expectAccessible(page);
  const list = page.getByRole("table", { name: "Samarbeidsråd" });
  await expect(list.getByRole("row").filter({ hasText: DEMO_COUNCIL.name })).toContainText("7");

  await page.getByRole("link", { name: "Opprett samarbeidsråd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Opprett samarbeidsråd" })).toBeVisible();
  await expectAccessible(page);
  // Employers are never offered.
  await expect(page.getByRole("checkbox", { name: /Fjordkanten Bygg/ })).toHaveCount(0);

  // A chair that is not a member: the message at the field, what was ticked and typed is kept.
  await page.getByLabel("Navn").fill(name);
  const cities = page.getByRole("group", { name: "Kommuner rådet dekker" });
  await cities.getByRole("checkbox", { name: "Trondheim" }).check();
  const members = page.getByRole("group", { name: "Medlemmer" });
  await members.getByRole("checkbox", { name: /^Universitetet i Bergen/ }).check();
  await members.getByRole("checkbox", { name: /^LO Vestland/ }).check();
  await page.getByLabel("Leder", { exact: true }).selectOption({ label: "Røde Kors Bergen" });
  await page.getByLabel("Sekretariat").selectOption({ label: "LO Vestland" });
  await page.getByRole("button", { name: "Opprett rådet" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" })).toBeFocused();
  await expect(page.getByText("Lederen må være medlem av rådet.").first()).toBeVisible();
  await expect(page.getByLabel("Leder", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Navn")).toHaveValue(name);
  await expect(members.getByRole("checkbox", { name: /^LO Vestland/ })).toBeChecked();
  await expect(cities.getByRole("checkbox", { name: "Trondheim" })).toBeChecked();
  await expectAccessible(page);

  await members.getByRole("checkbox", { name: /^Røde Kors Bergen/ }).check();
  await page.getByRole("button", { name: "Opprett rådet" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Samarbeidsrådet er opprettet.")).toBeVisible();
  await expectAccessible(page);
  const history = page.getByRole("table", { name: "Alle medlemskap, også de som er avsluttet" });
  await expect(history.getByRole("row")).toHaveCount(4);
  const row = (org: string) => history.getByRole("row").filter({ hasText: org });
  await expect(row("Røde Kors Bergen")).toContainText("Leder");
  await expect(row("Røde Kors Bergen")).toContainText("Bytt leder eller sekretariat først");

  // A new member, then its membership ends: the row stays with both dates.
  await page.getByLabel("Organisasjon", { exact: true }).selectOption({ label: "Vestland fylkeskommune" });
  await page.getByRole("button", { name: "Legg til medlem" }).click();
  await expect(page.getByText("Vestland fylkeskommune er lagt til som medlem.")).toBeVisible();
  await expect(row("Vestland fylkeskommune")).toContainText("Medlem");
  await expectAccessible(page);
  await row("Vestland fylkeskommune")
    .getByRole("button", { name: "Avslutt medlemskapet til Vestland fylkeskommune" })
    .click();
  await expect(page.getByText(`Avslutte medlemskapet til Vestland fylkeskommune i ${name}?`)).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, avslutt medlemskapet" }).click();
  await expect(row("Vestland fylkeskommune")).toContainText("Tidligere medlem");
  await expect(row("Vestland fylkeskommune").getByRole("cell").nth(4)).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
  await expect(history.getByRole("columnheader", { name: "Medlem siden" })).toBeVisible();
  await expect(history.getByRole("columnheader", { name: "Medlem til" })).toBeVisible();
  await expectAccessible(page);

  // Another chair among the members; the former chair's membership may then end.
  await page.getByLabel("Leder", { exact: true }).selectOption({ label: "Universitetet i Bergen" });
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByText("Endringene er lagret.")).toBeVisible();
  await expect(row("Universitetet i Bergen")).toContainText("Leder");
  await expect(row("Røde Kors Bergen").getByRole("button", { name: /Avslutt medlemskapet/ })).toBeVisible();
  await expectAccessible(page);

  await visit(page, "/admin/councils");
  await expect(list.getByRole("row").filter({ hasText: name })).toContainText("Trondheim");
  await expect(list.getByRole("row").filter({ hasText: name })).toContainText("Universitetet i Bergen");
  await expect(list.getByRole("row").filter({ hasText: name }).getByRole("cell").last()).toHaveText("3");
});

test("a person who is not an operator gets 404 on the council administration", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  for (const path of ["/admin/councils", "/admin/councils/new", `/admin/councils/${DEMO_COUNCIL.id}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expectAccessible(page);
  }
});
