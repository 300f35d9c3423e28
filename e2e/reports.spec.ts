import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { backToBokmal, DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

// Other specs change the shared demo data, so these tests check the reports' shape and words, never exact counts.
const REPORTS = [
  { path: "/reports/cohorts", title: "Resultater per kull" },
  { path: "/reports/funnel", title: "Fra messe til ansettelse" },
  { path: "/reports/internships", title: "Tid til første praksis" },
  { path: "/reports/industries", title: "Formidlinger per bransje" },
  { path: "/reports/employers", title: "Arbeidsgivere dere samarbeider med" },
];

test("a municipality admin opens every report, changes the year and downloads a CSV", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Rapporter" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { level: 1, name: "Rapporter" })).toBeVisible();
  for (const r of REPORTS) await expect(page.getByRole("heading", { level: 2, name: r.title })).toBeVisible();

  for (const r of REPORTS) {
    await page.getByRole("heading", { level: 2, name: r.title }).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${r.path}$`));
    await expectAccessible(page);
    await expect(page.getByRole("heading", { level: 1, name: r.title })).toBeVisible();
    await expect(page.getByRole("link", { name: "Last ned som CSV" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Slik regner vi" })).toBeVisible();
    await page.getByRole("navigation", { name: "Rapporter" }).getByRole("link", { name: "Oversikt" }).click();
    await expect(page).toHaveURL(/\/reports$/);
  }

  // The demo caseload has completed participants with outcomes: the cohort tables have a total row.
  await visit(page, "/reports/cohorts");
  await expect(
    page
      .getByRole("table", { name: "Resultat ved programslutt per kull" })
      .getByRole("rowheader", { name: "Alle kull" }),
  ).toBeVisible();

  // The year is a GET form: the choice lands in the address and in the figures' headings.
  await visit(page, "/reports/employers");
  const thisYear = new Date().getFullYear();
  const lastYear = thisYear - 1;
  await page.getByRole("combobox", { name: "År" }).selectOption(String(lastYear));
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/employers\\?year=${lastYear}$`));
  await expectAccessible(page);
  await expect(page.getByRole("combobox", { name: "År" })).toHaveValue(String(lastYear));
  await expect(
    page.getByText(`Arbeidsgivere dere samarbeidet med i ${lastYear}, sammenlignet med ${lastYear - 1}.`),
  ).toBeVisible();

  // A year the selector does not offer falls back to this year; a year with no data shows the empty state.
  await visit(page, "/reports/funnel?year=1990");
  await expect(page.getByRole("combobox", { name: "År" })).toHaveValue(String(thisYear));
  await visit(page, `/reports/industries?year=${thisYear - 5}`);
  await expect(page.getByText(`Ingen deltakere ble foreslått for en arbeidsgiver i ${thisYear - 5}.`)).toBeVisible();

  // The CSV follows the year on the page, with a BOM and a header row.
  await visit(page, `/reports/funnel?year=${lastYear}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Last ned som CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`messe-til-ansettelse-${lastYear}.csv`);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).split("\r\n");
  expect(lines[0]).toBe("Steg;Deltakere;Andel av steget før;Via messe;Andel av steget før, via messe");
  expect(lines[1]).toMatch(/^Påmeldt til karrieremesse;\d+;–;\d+;–$/);
  const response = await page.request.get("/api/reports/cohorts");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await response.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^Del;Kull;Deltakere;Fullført;/);
  expect((await page.request.get("/api/reports/unknown")).status()).toBe(404);
});

test("the reports read in English", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await visit(page, "/reports/internships");
  await expect(page.getByRole("heading", { level: 1, name: "Time to first internship" })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Days from programme start to first internship by cohort" })
      .getByRole("rowheader", { name: "All cohorts" }),
  ).toBeVisible();
  const csv = await page.request.get("/api/reports/internships");
  expect((await csv.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
    "Cohort;Participants;Has had an internship;No internship yet;Lower quartile;Median;Upper quartile",
  );
  await backToBokmal(page);
});

for (const who of [DEMO.bergenConsultant, DEMO.bergenPartner]) {
  test(`${who.name} gets 404 on the reports and their CSV`, async ({ page }) => {
    await signInAsDemo(page, who.name);
    await expect(
      page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Rapporter" }),
    ).toHaveCount(0);
    for (const path of ["/reports", "/reports/funnel"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
    await expectAccessible(page);
    expect((await page.request.get("/api/reports/funnel")).status()).toBe(404);
  });
}
