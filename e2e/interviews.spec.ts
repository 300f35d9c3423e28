import { expect, test } from "@playwright/test";
import { DEMO, DEMO_FAIRS, expectAccessible, signInAsDemo, visit } from "./helpers";

const FAIR = DEMO_FAIRS.bergenUpcoming.id;

test.describe.configure({ mode: "serial" });

// One journey: a public candidate wishes to meet Fjordkanten Bygg; staff run the scheduler,
// remove one interview and publish; the candidate opens the schedule and downloads the
// calendar file; the employer sees the stand's schedule.
test("staff schedule speed interviews and candidates and employers get their schedules", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const name = `Amal Interview ${Date.now()}`;
  const email = `amal.${Date.now()}@example.org`;

  await visit(page, `/fairs/${FAIR}`);
  await page.getByLabel("Fullt navn").fill(name);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Høyeste fullførte utdanning").selectOption({ label: "Bachelorgrad" });
  await page.getByLabel("Yrke du ønsker å jobbe i").fill("Building and related electricians (7411)");
  await page.getByLabel("Hvor godt snakker du norsk?").selectOption("B1");
  await page.getByLabel("Ja, arbeidsgiverne på karrieretorget kan se profilen min.").check();
  await page.getByLabel("Jeg har lest hvordan opplysningene mine brukes.").check();
  await page.getByRole("button", { name: "Meld meg på" }).click();
  await page.waitForURL(`**/fairs/${FAIR}/registered?status=registered`);

  await visit(page, "/dev/outbox");
  const manage = new URL(
    (await page
      .getByRole("link", { name: `Åpne lenken i e-posten til ${email}` })
      .first()
      .getAttribute("href"))!,
  ).pathname;
  await visit(page, manage);
  await page
    .getByRole("group", { name: "Arbeidsgivere du vil møte" })
    .getByRole("checkbox", { name: /Fjordkanten Bygg/ })
    .check();
  await page.getByRole("button", { name: "Lagre valgene" }).click();
  await expect(page.getByText("Valgene dine er lagret.")).toBeVisible();

  // The schedule page before publishing says so.
  await visit(page, `${manage}/schedule`);
  await expect(page.getByText("Timeplanen for intervjuene er ikke klar ennå.")).toBeVisible();

  // Staff run the scheduler, see the quality figure, remove one interview and publish.
  // Each person in their own browser context: their own cookies, and axe needs a context per page.
  const person = async () =>
    (await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "nb-NO" })).newPage();
  const staff = await person();
  await signInAsDemo(staff, DEMO.bergenAssociation.name);
  await visit(staff, `/events/${FAIR}/schedule`);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Intervjuplan");
  await staff.getByRole("button", { name: /^Kjør planleggeren/ }).click();
  await expect(staff.getByText("Timeplanen er laget.")).toBeVisible();
  await expect(staff.getByRole("heading", { name: "Kvalitet" })).toBeVisible();
  await expect(staff.getByText(/av beste mulige resultat/)).toBeVisible();
  // The overview is a compact grid, rounds × stands; one candidate's interviews are a pick away.
  await expect(staff.getByRole("table", { name: "Hvem som er på hvilken stand i hver runde" })).toContainText(name);
  await staff.getByRole("link", { name: "Per kandidat" }).click();
  await staff.getByLabel("Velg kandidat").selectOption({ label: name });
  await staff.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(staff).toHaveURL(/\?view=candidate&candidate=/);
  await expect(staff.getByRole("table", { name: `Intervjuene til ${name}` })).toContainText("Fjordkanten Bygg AS");
  await expectAccessible(staff);

  // The controls to move or remove an interview are in one stand's view, not on every row of the grid.
  await staff.getByRole("link", { name: "Oversikt: runder og stands" }).click();
  await expect(staff.getByRole("button", { name: /^Fjern/ })).toHaveCount(0);
  await staff.getByRole("link", { name: "Per stand" }).click();
  const stand = staff.getByLabel("Velg stand");
  const fjordkanten = await stand.locator("option", { hasText: "Fjordkanten Bygg AS" }).getAttribute("value");
  await stand.selectOption(fjordkanten!);
  await staff.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(staff).toHaveURL(new RegExp(`\\?view=stand&stand=${fjordkanten}$`));
  const atStand = staff.getByRole("table", { name: /^Intervjuer på Fjordkanten Bygg AS/ });
  await expect(atStand.getByRole("row").filter({ hasText: name })).toHaveCount(1);
  await expectAccessible(staff);

  const removeButtons = staff.getByRole("button", { name: /^Fjern/ });
  const before = await removeButtons.count();
  await atStand
    .getByRole("row")
    .filter({ hasNotText: name })
    .getByRole("button", { name: /^Fjern/ })
    .first()
    .click();
  await expect(removeButtons).toHaveCount(before - 1);
  await expectAccessible(staff);
  await staff.setViewportSize({ width: 360, height: 740 });
  await expectAccessible(staff);
  await staff.setViewportSize({ width: 1280, height: 800 });

  await staff.getByRole("button", { name: "Publiser timeplanen" }).click();
  await expect(staff.getByText("Timeplanen er publisert, og e-postene er sendt.")).toBeVisible();
  await expect(staff.getByText(/^Publisert /)).toBeVisible();
  await expectAccessible(staff);
  await staff.context().close();

  // The candidate's schedule link comes by email.
  await visit(page, "/dev/outbox");
  const mail = page.getByRole("listitem").filter({ hasText: "Intervjuene dine på" }).filter({ hasText: email });
  const schedule = new URL(
    (await mail.getByRole("link", { name: `Åpne lenken i e-posten til ${email}` }).getAttribute("href"))!,
  ).pathname;
  // Each email carries its own token (lib/access-tokens); the registration's link keeps working too.
  expect(schedule).toMatch(/^\/fairs\/registration\/[A-Za-z0-9_-]{43}\/schedule$/);
  expect(schedule).not.toBe(`${manage}/schedule`);
  await visit(page, schedule);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeplanen din");
  await expect(page.getByRole("table", { name: "Intervjuene dine" })).toContainText("Fjordkanten Bygg AS");
  await expect(page.getByRole("img", { name: `QR-kode for innsjekking av ${name}` })).toBeVisible();
  const ics = await page.request.get(`/api/fairs/registration/${manage.split("/").pop()}/calendar`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(ics.headers()["content-disposition"]).toMatch(/attachment; filename=".+\.ics"/);
  const body = await ics.text();
  expect(body).toContain("BEGIN:VEVENT");
  expect(body).toContain("Fjordkanten Bygg AS");

  // The employer sees the stand's schedule, can print it and download it.
  const employer = await person();
  await signInAsDemo(employer, DEMO.bergenEmployer.name);
  await visit(employer, `/events/${FAIR}/schedule`);
  await expect(employer.getByRole("table", { name: "Intervjuer ved standen" })).toContainText(name);
  await expect(employer.getByRole("button", { name: "Skriv ut" })).toBeVisible();
  const standIcs = await employer.request.get(`/api/events/${FAIR}/calendar`);
  expect(standIcs.status()).toBe(200);
  expect(await standIcs.text()).toContain(`SUMMARY:Intervju: ${name}`);
  await employer.context().close();
});

test("unknown schedule links and calendars are not found", async ({ page }) => {
  expect((await page.goto(`/fairs/registration/${"x".repeat(43)}/schedule`))?.status()).toBe(404);
  await expectAccessible(page);
  expect((await page.request.get(`/api/fairs/registration/${"x".repeat(43)}/calendar`)).status()).toBe(404);
  expect((await page.request.get(`/api/events/${FAIR}/calendar`)).status()).toBe(404);
});
