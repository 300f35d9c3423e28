import { expect, test } from "@playwright/test";
import { DEMO, DEMO_COUNCIL, DEMO_PARTICIPANTS, expectAccessible, signInAsDemo, visit } from "./helpers";

const { goals, navPlannedCommitment } = DEMO_COUNCIL;

test("a partner follows a goal, marks its commitment delivered and sees the progress; participant pages stay closed", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await visit(page, "/council/goals");
  await expect(page.getByRole("heading", { level: 1, name: "Felles mål" })).toBeVisible();
  for (const level of ["Mikronivå", "Mesonivå", "Makronivå"])
    await expect(page.getByRole("heading", { level: 2, name: level })).toBeVisible();
  const firstContactRow = page.getByRole("row").filter({ hasText: goals.firstContact.title });
  await expect(firstContactRow).toContainText(/av veien fra 60 % til 90 %|Målet er nådd/);

  await firstContactRow.getByRole("link", { name: goals.firstContact.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: goals.firstContact.title })).toBeVisible();
  await expectAccessible(page);
  // The chart (drawn as SVG, with its table for screen readers) and the visible figures table.
  await expect(page.locator("figure svg").first()).toBeVisible();
  await expect(page.getByText("Utviklingen mot målet, per kvartal").first()).toBeVisible();
  const figures = page.getByRole("table", { name: "Tallene per kvartal" });
  await expect(figures).toBeVisible();
  expect(await figures.getByRole("row").count()).toBeGreaterThanOrEqual(9);
  expect(
    await page.getByRole("table", { name: "Rapporterte tall, nyeste først" }).getByRole("row").count(),
  ).toBeGreaterThanOrEqual(9);
  await expect(page.getByText(/av veien fra 60 % til 90 %|Målet er nådd/).first()).toBeVisible();
  // A reported figure says it is reported, and why the IPS page may show another share.
  await expect(page.getByText(/^Tallet rapporteres inn av en medlemsorganisasjon/)).toBeVisible();

  await visit(page, `/council/goals/${navPlannedCommitment.goalId}`);
  const row = page.getByRole("row").filter({ hasText: navPlannedCommitment.description });
  const status = row.getByRole("cell").nth(3);
  await expect(status).toHaveText("Planlagt");
  // A delivery date in the future is refused next to the field.
  await row.getByLabel(`Ny status for «${navPlannedCommitment.description}»`).selectOption("delivered");
  await row.getByLabel("Levert dato").fill("2099-01-01");
  await row.getByRole("button", { name: "Lagre status" }).click();
  await expect(row.getByText("Levert dato kan ikke være fram i tid.")).toBeVisible();
  await expectAccessible(page);
  await row.getByLabel("Levert dato").fill("");
  await row.getByRole("button", { name: "Lagre status" }).click();
  await expect(row.getByText("Statusen er lagret.")).toBeVisible();
  await expect(status).toContainText(/^Levert\s*Levert \d{2}\.\d{2}\.\d{4}$/);
  await expectAccessible(page);
  // A commitment of another member has no form for NAV.
  const university = page.getByRole("row").filter({ hasText: "Universitetet i Bergen" });
  await expect(university.getByRole("button")).toHaveCount(0);

  // The council sees aggregates only: no participant list or record.
  expect((await page.goto("/participants"))?.status()).toBe(404);
  await expectAccessible(page);
  expect((await page.goto(`/participants/${DEMO_PARTICIPANTS.bergenConsultantInJob.id}`))?.status()).toBe(404);
  await expectAccessible(page);
});

test("the secretariat creates a goal measured live and sees its value", async ({ page }) => {
  const title = `Flere praksisplasser ${Date.now()}`;
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, "/council/goals");
  await page.getByRole("link", { name: "Lag nytt mål" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nytt felles mål" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel(/^Mesonivå/).check();
  await page.getByLabel("Hva som måles").selectOption("internship_slots_posted");
  await page.getByLabel("Tell bare praksisplasser fra medlemsbedriftene").check();
  await page.getByLabel("Utgangspunkt").fill("mange");
  await page.getByLabel("Målsetting").fill("200");
  await page.getByLabel("Målt fra").fill("2026-01-01");
  await page.getByLabel("Frist").fill("2025-12-31");
  await page.getByRole("button", { name: "Lagre målet" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Skriv et tall, for eksempel 70 eller 72,5." });
  await expect(summary).toBeVisible();
  await expect(page.getByText("Fristen må være etter datoen målet måles fra.").first()).toBeVisible();
  await expect(page.getByLabel("Tittel")).toHaveValue(title);
  await expectAccessible(page);

  await page.getByLabel("Utgangspunkt").fill("120");
  await page.getByLabel("Frist").fill("2028-12-31");
  await page.getByRole("button", { name: "Lagre målet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Målet er lagret.")).toBeVisible();
  await expectAccessible(page);
  // A count of slots is measured at once: a number, never "no figure".
  const current = page.locator("dt", { hasText: /^Nå$/ }).locator("xpath=following-sibling::dd[1]");
  await expect(current).toHaveText(/^\d[\d\s\u00a0]*$/);
  await expect(
    page.getByText("Praksisplasser lagt ut av medlemsbedriftene de siste 12 månedene (utkast teller ikke)."),
  ).toBeVisible();

  await visit(page, "/council/goals");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("200");
});

test("a municipality outside any council sees an empty state", async ({ page }) => {
  await signInAsDemo(page, DEMO.trondheimAdmin.name);
  await visit(page, "/council/goals");
  await expect(page.getByText("Organisasjonen din er ikke med i noe samarbeidsråd ennå.")).toBeVisible();
  expect((await page.goto(`/council/goals/${goals.firstContact.id}`))?.status()).toBe(404);
  await expectAccessible(page);
});
