import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { backToBokmal, DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

// The council's dashboard: the chair (NAV Bergen vest) reads the three levels and the goals,
// downloads the figures and opens the printable quarterly report; Trondheim has no council.

test("a partner reads the council dashboard, downloads the CSV and opens the quarterly report", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await visit(page, "/council/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashbord" })).toBeVisible();
  for (const level of ["Mikro – deltakerne", "Meso – arbeidsgiverne", "Makro – samarbeidet"]) {
    await expect(page.getByRole("heading", { level: 2, name: level })).toBeVisible();
    const table = page.getByRole("table", { name: `${level}: aktivitet per kvartal` });
    await expect(table).toBeVisible();
    // Eight quarters as columns, named "2026 K3"; the last one is still running.
    await expect(table.getByRole("columnheader", { name: /^\d{4} K[1-4]$/ })).toHaveCount(7);
    await expect(table.getByRole("columnheader", { name: /^\d{4} K[1-4] pågår$/ })).toHaveCount(1);
  }
  await expect(
    page
      .getByRole("table", { name: "Mikro – deltakerne: aktivitet per kvartal" })
      .getByRole("rowheader", { name: "Ansettelser" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Makro – samarbeidet: aktivitet per kvartal" })
      .getByRole("rowheader", { name: "Rådsmøter holdt" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hvor laget spiller" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Felles mål" })).toBeVisible();

  // The CSV: level;activity;quarter;value, "< 5" where a count of people is small.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Last ned tallene (CSV)" }).click(),
  ]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toBe("Nivå;Aktivitet;Kvartal;Verdi");
  expect(lines).toHaveLength(1 + 11 * 8);
  expect(lines.every((l, i) => i === 0 || /;\d{4} K[1-4];(\d+|< 5)$/.test(l))).toBe(true);
  const response = await page.request.get("/api/council/dashboard");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");

  // The printable report of the last complete quarter.
  await page.getByRole("link", { name: /^Kvartalsrapport for \d{4} K[1-4]$/ }).click();
  await expect(page).toHaveURL(/\/council\/dashboard\/report\?quarter=\d{4}-[1-4]$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Kvartalsrapport \d{4} K[1-4]$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: /^Meso – arbeidsgiverne: \d{4} K[1-4] og \d{4} K[1-4]$/ }),
  ).toBeVisible();
  await expectAccessible(page);

  // A quarter the dashboard does not hold is not found.
  expect((await page.goto("/council/dashboard/report?quarter=2001-1"))?.status()).toBe(404);
  await expectAccessible(page);
});

test("a partner reaches the council from home and sees every goal's verdict without scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Dashbord og mål" }).click();
  await expect(page).toHaveURL(/\/council\/dashboard$/);
  await expectAccessible(page);
  const verdicts = page.locator("[data-verdict]");
  await expect(verdicts).toHaveCount(3);
  for (const verdict of await verdicts.all()) {
    await expect(verdict).toHaveText(
      /^(I rute: \d+\s% av målet nådd, \d+\s% av tiden gått\.|Bak skjema: \d+\s% av målet nådd, men \d+\s% av tiden gått\.|Nådd: .+|Ikke nådd: .+|Ingen vurdering: .+)$/,
    );
    const box = (await verdict.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
  }
  // Planned work before the activity: the goals come before the first level's table.
  const goalsTop = (await page.getByRole("heading", { level: 2, name: "Felles mål" }).boundingBox())!.y;
  const microTop = (await page.getByRole("heading", { level: 2, name: "Mikro – deltakerne" }).boundingBox())!.y;
  expect(goalsTop).toBeLessThan(microTop);
  // A count of 1–4 people is marked in the chart's table, not left out.
  await expect(page.locator("figure table td", { hasText: "< 5" }).first()).toBeAttached();

  await page.setViewportSize({ width: 360, height: 740 });
  await expectAccessible(page);
  await expect(verdicts.first()).toBeVisible();
});

test("in English the dashboard names quarters Q1–Q4, and the CSV follows the chosen language", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await visit(page, "/council/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Micro – the participants: activity per quarter" })
      .getByRole("columnheader", { name: /^\d{4} Q[1-4]( running)?$/ }),
  ).toHaveCount(8);
  await expect(page.locator("[data-verdict]").first()).toContainText(
    /On track|Behind schedule|Reached|Missed|No verdict/,
  );
  const csv = await (await page.request.get("/api/council/dashboard")).text();
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Level;Activity;Quarter;Value");
  expect(csv).toMatch(/\r\nMicro – the participants;Hires;\d{4} Q[1-4];(\d+|< 5)\r\n/);
  await backToBokmal(page);
});

test("someone whose organization is in no council sees an empty state, and no report or CSV", async ({ page }) => {
  await signInAsDemo(page, DEMO.trondheimAdmin.name);
  await visit(page, "/council/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashbord" })).toBeVisible();
  await expect(page.getByText("Organisasjonen din er ikke med i et samarbeidsråd ennå.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  expect((await page.goto("/council/dashboard/report"))?.status()).toBe(404);
  await expectAccessible(page);
  expect((await page.request.get("/api/council/dashboard")).status()).toBe(404);
});
