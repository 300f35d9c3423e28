import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO, DEMO_FAIRS, expectAccessible, signInAsDemo, visit } from "./helpers";

const upcoming = DEMO_FAIRS.bergenUpcoming.id;
const past = DEMO_FAIRS.bergenPast.id;

test("the organizer checks candidates in at the door, registers a walk-in and opens a QR page", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, `/events/${upcoming}/check-in`);
  await expect(page.getByRole("heading", { level: 1, name: "Innsjekk" })).toBeVisible();

  // A seeded candidate who has not arrived: found by part of the name, typed in other case.
  const table = page.getByRole("table", { name: /Påmeldte og venteliste/ });
  const waiting = table.getByRole("row").filter({ has: page.getByRole("button", { name: /^Sjekk inn/ }) });
  const name = (await waiting.first().getByRole("link").textContent())!.trim();
  const lastName = name.split(" ").at(-1)!;
  await page.getByLabel("Navn", { exact: true }).fill(lastName.toUpperCase());
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await expect(page).toHaveURL(/\?q=/);
  const hits = page.getByRole("table", { name: /Treff for/ });
  const row = hits.getByRole("row").filter({ hasText: name });
  await expect(row).toBeVisible();
  await expectAccessible(page);

  await row.getByRole("button", { name: `Sjekk inn ${name}` }).click();
  await expect(row.getByRole("status")).toHaveText(`${name} er sjekket inn.`);
  await expect(row.getByText(/^Sjekket inn kl\. \d\d:\d\d$/)).toBeVisible();
  await expect(row.getByRole("button", { name: `Angre innsjekk ${name}` })).toBeVisible();
  await expectAccessible(page);

  // The QR code's page for the same candidate says when they arrived.
  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${upcoming}/check-in/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(/^Allerede sjekket inn kl\. \d\d:\d\d\.$/)).toBeVisible();
  await expectAccessible(page);

  // Another candidate's QR page: one big button.
  await visit(page, `/events/${upcoming}/check-in`);
  const other = page
    .getByRole("table", { name: /Påmeldte og venteliste/ })
    .getByRole("row")
    .filter({ has: page.getByRole("button", { name: /^Sjekk inn/ }) })
    .first();
  const otherName = (await other.getByRole("link").textContent())!.trim();
  await other.getByRole("link", { name: otherName }).click();
  await expect(page.getByRole("heading", { level: 1, name: otherName })).toBeVisible();
  await expect(page.getByText("Ikke kommet")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Sjekk inn ${otherName}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${otherName} er sjekket inn.` })).toBeVisible();
  await expect(page.getByText(/^Allerede sjekket inn kl\./)).toBeVisible();

  // A walk-in: errors at the fields first, then registered and checked in at once.
  await visit(page, `/events/${upcoming}/check-in/walk-in`);
  await expect(page.getByText(/går foran kapasiteten/)).toBeVisible();
  await page.getByRole("button", { name: "Registrer og sjekk inn" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Skriv navnet til personen." });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Fullt navn")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  const walkIn = `Mariam Walkin ${Date.now()}`;
  await page.getByLabel("Fullt navn").fill(walkIn);
  await page.getByLabel("Høyeste fullførte utdanning").selectOption({ label: "Bachelor" });
  await page.getByRole("button", { name: "Registrer og sjekk inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: walkIn })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `${walkIn} er registrert og sjekket inn.` })).toBeVisible();
  await expect(page.getByText("Ikke påmeldt på forhånd")).toBeVisible();
  await expectAccessible(page);

  await visit(page, `/events/${upcoming}/check-in?q=${encodeURIComponent(walkIn)}`);
  await expect(
    page
      .getByRole("table", { name: /Treff for/ })
      .getByRole("row")
      .filter({ hasText: walkIn })
      .getByText(/^Sjekket inn kl\./),
  ).toBeVisible();
  // The fair has not happened yet, so no-shows cannot be marked.
  await expect(page.getByText(/Når messen er slutt/)).toBeVisible();
});

test("an employer records a lead and the participant's consultant gets the follow-up", async ({ page, browser }) => {
  const candidate = DEMO_FAIRS.bergenPast.leadCandidateName;
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  await visit(page, `/events/${past}/leads`);
  await expect(page.getByRole("heading", { level: 1, name: "Oppfølging etter messen" })).toBeVisible();
  const card = page.getByRole("region", { name: candidate });
  await expect(card.getByText("Møtt på intervju")).toBeVisible();
  await card.getByLabel("Hva vil du gjøre videre?").selectOption({ label: "Nytt intervju" });
  await card.getByLabel(/^Notat/).fill("Sterk på forskaling. Vil møte igjen.");
  await card.getByRole("button", { name: `Lagre vurdering av ${candidate}` }).click();
  await expect(card.getByRole("status")).toHaveText(`Vurderingen av ${candidate} er lagret.`);
  await expect(card.getByText("Registrert: Nytt intervju")).toBeVisible();
  await expectAccessible(page);

  const consultant = await browser.newContext({ locale: "nb-NO" });
  const jonas = await consultant.newPage();
  await signInAsDemo(jonas, DEMO.bergenConsultant.name);
  await visit(jonas, "/follow-ups");
  const task = jonas
    .getByRole("table")
    .getByRole("row")
    .filter({ hasText: candidate })
    .filter({ hasText: "Fjordkanten Bygg AS vil ha nytt intervju" });
  await expect(task).toHaveCount(1);
  await expect(task).toContainText("(fra Internasjonalt karrieretorg)");
  await consultant.close();
});

test("a co-host reads the fair report with small numbers shown as '< 5', on the page and in the file", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await visit(page, `/events/${past}/report`);
  await expect(page.getByText(/Tall på 1–4 personer vises som «< 5»/)).toBeVisible();
  const outcomes = page.getByRole("table", { name: "Resultater etter messen" });
  await expect(outcomes.getByRole("row", { name: /Ansatt/ }).getByRole("cell")).toHaveText("< 5");
  const csv = await (await page.request.get(`/api/events/${past}/report`)).text();
  expect(csv).toContain("Resultater etter messen;Ansatt;< 5");
});

test("the organizer reads the fair report and downloads it; another association gets 404", async ({
  page,
  browser,
}) => {
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, `/events/${past}/report`);
  await expect(page.getByRole("heading", { level: 1, name: "Rapport" })).toBeVisible();
  const candidates = page.getByRole("table", { name: "Kandidater" });
  await expect(candidates.getByRole("rowheader", { name: "Påmeldte" })).toBeVisible();
  await expect(page.getByText(/Landet vises bare for kandidater som har samtykket/)).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Resultater etter messen" }).getByRole("rowheader", { name: "Ansatt" }),
  ).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Last ned som CSV" }).click(),
  ]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("Del;Tall;Verdi");
  expect(csv).toContain("Kandidater;Påmeldte;");
  const response = await page.request.get(`/api/events/${past}/report`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");

  const other = await browser.newContext({ locale: "nb-NO" });
  const ingvild = await other.newPage();
  await signInAsDemo(ingvild, "Ingvild Lademoen");
  const denied = await ingvild.goto(`/events/${past}/report`);
  expect(denied?.status()).toBe(404);
  await expectAccessible(ingvild);
  expect((await ingvild.request.get(`/api/events/${past}/report`)).status()).toBe(404);
  await other.close();
});
