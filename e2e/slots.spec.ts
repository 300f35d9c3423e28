import { expect, test } from "@playwright/test";
import { stableId } from "../db/seed";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

const unique = () => String(Date.now()).slice(-6);
/** Fjordkanten Bygg AS's first demo slot (db/seed/slots.ts). */
const TORSTEIN_SLOT = stableId("slot:bergen-employer-1:1");
/** Sandviken Renhold AS: "Renholder i kontorbygg" (9112), open, few requirements: many Bergen participants wish for it. */
const CLEANING_SLOT = stableId("slot:bergen-employer-3:1");

test("an employer posts a slot: bad form first, then good, and sees it in the list", async ({ page }) => {
  const title = `Lagermedarbeider ${unique()}`;
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  await visit(page, "/slots");
  await expect(page.getByRole("heading", { level: 1, name: "Dine praksisplasser og jobber" })).toBeVisible();
  await page.getByRole("link", { name: "Legg ut ny plass" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Legg ut en ny plass" })).toBeVisible();
  await expectAccessible(page);

  // Bad input: messages at the fields, what was typed is kept, nothing saved.
  await page.getByLabel("Yrke").fill("lagerting");
  await page.getByLabel("Startdato").fill("2030-05-01");
  await page.getByLabel("Sluttdato").fill("2030-04-01");
  await page.getByLabel("Timer per uke").fill("80");
  await page.getByLabel("Veileder på arbeidsplassen").fill("Knut Fjordkanten");
  await page.getByRole("button", { name: "Lagre plassen" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" });
  await expect(summary).toBeFocused();
  await expect(page.getByText("Velg et yrke fra listen, eller skriv en firesifret kode").first()).toBeVisible();
  await expect(page.getByText("Sluttdatoen må være etter startdatoen.").first()).toBeVisible();
  await expect(page.getByText("Skriv et antall timer fra 1 til 60.").first()).toBeVisible();
  await expect(page.getByLabel("Tittel")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Yrke")).toHaveValue("lagerting");
  await expect(page.getByLabel("Veileder på arbeidsplassen")).toHaveValue("Knut Fjordkanten");
  await expectAccessible(page);

  // Good input.
  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Arbeidsoppgaver").fill("Plukk og pakk av ordre, varemottak.");
  await page.getByLabel("Yrke").fill("Stock clerks (4321)");
  await page.getByLabel("Sluttdato").fill("2030-10-31");
  await page.getByLabel("Timer per uke").fill("30");
  await page.getByLabel("Krav til norsk muntlig").selectOption("A2");
  await page.getByLabel("Arbeidstrening fra NAV").check();
  await page.getByRole("button", { name: "Lagre plassen" }).click();
  await expect(page.getByText("Plassen er lagret.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Lagermedarbeidere og materialforvaltere (4321)")).toBeVisible();
  await expect(page.getByText("Arbeidstrening fra NAV")).toBeVisible();
  // Matching is for the municipality: the employer gets no "find candidates" link.
  await expect(page.getByRole("link", { name: "Finn kandidater" })).toHaveCount(0);
  await expectAccessible(page);

  await visit(page, "/slots");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tømrerlærling på byggeplass" })).toBeVisible();
});

test("an employer in Trondheim gets 404 on a Bergen employer's slot", async ({ page }) => {
  await signInAsDemo(page, DEMO.trondheimEmployer.name);
  const response = await page.goto(`/slots/${TORSTEIN_SLOT}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page);
  const edit = await page.goto(`/slots/${TORSTEIN_SLOT}/edit`);
  expect(edit?.status()).toBe(404);
});

test("a consultant finds ranked candidates for a slot, with reasons, and slots for a participant", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/slots");
  await expect(page.getByRole("heading", { level: 1, name: "Praksisplasser og jobber" })).toBeVisible();
  await page.getByLabel("Yrke").fill("9112");
  await page.getByRole("button", { name: "Vis" }).click();
  await page.waitForURL(/occupation=9112/);
  await expect(page.getByRole("table").locator("tbody tr td:nth-child(4)").first()).toContainText("(9112)");
  await page.getByRole("link", { name: "Renholder i kontorbygg" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Renholder i kontorbygg" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Finn kandidater" }).click();
  await page.waitForURL(`**/slots/${CLEANING_SLOT}/matches`);
  await expect(page.getByRole("heading", { level: 1, name: "Kandidater til Renholder i kontorbygg" })).toBeVisible();
  await expectAccessible(page);

  const table = page.getByRole("table", { name: "Beste treff, høyest poeng først" });
  const rows = table.locator("tbody tr");
  // Only wishes and experience in the same ISCO sub-major group (91) count now, so the demo has
  // few cleaners for it; the order of a longer list is checked in consultant-week.spec.ts.
  expect(await rows.count()).toBeGreaterThan(0);
  // Best first: the scores never go up down the list.
  const scores = (await table.locator("tbody tr td:nth-child(3)").allTextContents()).map((s) =>
    Number(s.split(" ")[0]),
  );
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  // The reasons are text: an occupation wish, Norwegian against the requirement.
  await expect(rows.first()).toContainText(/Ønske \d: |Erfaring \d+ år: /);
  await expect(rows.first()).toContainText(/Norsk muntlig [ABC]\d ≥ krav A1|Norsknivå er ikke kartlagt/);
  const propose = rows.first().getByRole("link", { name: /^Foreslå / });
  await expect(propose).toHaveAttribute("href", new RegExp(`/placements/new\\?slot=${CLEANING_SLOT}&participant=`));

  // The same participant's own list of slots.
  const participantHref = await rows.first().locator("td:nth-child(2) a").getAttribute("href");
  const name = (await rows.first().locator("td:nth-child(2) a").textContent())!.trim();
  await visit(page, `${participantHref}/matches`);
  await expect(page.getByRole("heading", { level: 1, name: `Plasser for ${name}` })).toBeVisible();
  const slotRows = page.getByRole("table", { name: "Beste treff, høyest poeng først" }).locator("tbody tr");
  expect(await slotRows.count()).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: "Renholder i kontorbygg" }).first()).toBeVisible();
  await expect(slotRows.first().getByRole("link", { name: /^Foreslå / })).toHaveAttribute(
    "href",
    /\/placements\/new\?slot=.+&participant=/,
  );
});

test("an employer gets 404 on the matches of their own slot", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  const response = await page.goto(`/slots/${TORSTEIN_SLOT}/matches`);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});
