import { expect, test } from "@playwright/test";
import { people } from "../db/seed/data";
import { backToBokmal, DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

const specialistsOf = (org: string) =>
  people.filter((p) => p.org === org && p.role === "job_specialist").map((p) => p.name);

test("a job specialist sees her own IPS figures next to the thresholds, and the team's", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenJobSpecialist.name);
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "IPS-tall" }).click();
  await expect(page).toHaveURL(/\/fidelity$/);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1, name: "IPS-tall" })).toBeVisible();

  const mine = page.getByRole("table", { name: `IPS-tall for ${DEMO.bergenJobSpecialist.name}` });
  // The demo data puts Leyla inside every threshold; Bergen aims for 15 participants each, not IPS's 20.
  for (const [figure, threshold] of [
    ["Antall deltakere", "≤ 15 (kommunens mål)"],
    ["Arbeidsgiverkontakter ansikt til ansikt per uke", "≥ 6 per uke"],
    ["Dager til første arbeidsgiverkontakt (median)", "≤ 30 dager"],
    ["Andel i vanlig arbeid nå", "≥ 40 %"],
    ["Oppfølging etter jobbstart gjort i tide", "≥ 90 %"],
  ]) {
    const row = mine.getByRole("row", { name: new RegExp(`^${figure.replace(/[()]/g, "\\$&")}`) });
    await expect(row.getByRole("cell", { name: threshold, exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: "Innenfor", exact: true })).toBeVisible();
  }
  await expect(mine.getByText("7 deltakere i program eller permisjon", { exact: true })).toBeVisible();
  // What the 30-day figure counts, so it is not mistaken for the council goal's reported share.
  await expect(
    mine.getByText(/^Regnet ut fra kontaktene som er registrert i Lagspill for disse deltakerne\./),
  ).toBeVisible();

  const team = page.getByRole("table", { name: "IPS-tall for teamet, 3 jobbspesialister" });
  await expect(team).toBeVisible();
  // Team figures say they are per job specialist, and why the home page's count of active participants is higher.
  await expect(
    team.getByRole("row", { name: /^Arbeidsgiverkontakter ansikt til ansikt per uke, per jobbspesialist/ }),
  ).toBeVisible();
  await expect(team.getByText(/Forsiden teller alle aktive deltakere i kommunen/)).toBeVisible();
  for (const colleague of specialistsOf("bergen-kommune").filter((n) => n !== DEMO.bergenJobSpecialist.name)) {
    await expect(page.getByRole("table", { name: `IPS-tall for ${colleague}` })).toHaveCount(0);
  }
  await expect(page.getByRole("heading", { name: "Hva er IPS?" })).toBeVisible();

  // On a phone the requirement and the tag sit under the value instead of in columns off the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(mine.getByText("Krav i IPS: ≥ 6 per uke", { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("a municipality admin sees every job specialist of Bergen, above and below the thresholds, and none from Trondheim", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await visit(page, "/fidelity");
  const bergen = specialistsOf("bergen-kommune");
  expect(bergen.length).toBe(3);
  // One row per specialist with the five figures and their tags; the name opens the whole table.
  const overview = page.getByRole("table", { name: "IPS-tall for hver jobbspesialist" });
  for (const name of bergen) await expect(overview.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
  for (const name of specialistsOf("trondheim-kommune")) await expect(page.getByText(name)).toHaveCount(0);
  await expect(overview.getByText("Innenfor", { exact: true }).first()).toBeVisible();
  await expect(overview.getByText("Utenfor", { exact: true }).first()).toBeVisible();
  for (const name of bergen) {
    await overview.getByRole("link", { name: new RegExp(`^${name}`) }).click();
    await expect(page.getByRole("table", { name: `IPS-tall for ${name}` })).toBeVisible();
    await expectAccessible(page);
  }
});

test("the panel in English formats figures the English way", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenJobSpecialist.name);
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await visit(page, "/fidelity");
  const mine = page.getByRole("table", { name: `IPS figures for ${DEMO.bergenJobSpecialist.name}` });
  await expect(mine.getByRole("cell", { name: "≥ 40%", exact: true })).toBeVisible();
  await expect(mine.getByRole("cell", { name: "Within", exact: true }).first()).toBeVisible();
  await backToBokmal(page);
});

test("a consultant gets 404 on the fidelity panel", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const response = await page.goto("/fidelity");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page);
});
