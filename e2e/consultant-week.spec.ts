import { expect, test, type Page } from "@playwright/test";
import { stableId } from "../db/seed";
import { DEMO, DEMO_PARTICIPANTS, expectAccessible, signInAsDemo, visit } from "./helpers";

// Issue 17, the consultant: this week's follow-ups from the home page, a phone contact in at
// most four steps, the employer a follow-up is about filled in; and matching that says why.
test.describe.configure({ mode: "serial" });

/** "YYYY-MM-DD" in Oslo today: what the app calls today, and always inside this week. */
function osloToday(): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
}
const nbDay = (iso: string) =>
  new Intl.DateTimeFormat("nb-NO", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "Europe/Oslo",
  }).format(new Date(`${iso}T12:00:00Z`));

const PARTICIPANT = DEMO_PARTICIPANTS.bergenConsultantInJob;
const EMPLOYER = "Åsane Logistikk AS";
/** Fløyen Barnehager AS: "Assistent i barnehage" (5311). */
const KINDERGARTEN_SLOT = stableId("slot:bergen-employer-5:1");

/** A meeting with an employer whose next step, due today, is about that employer. */
async function employerFollowUp(page: Page, action: string): Promise<void> {
  await visit(page, `/participants/${PARTICIPANT.id}/contacts/new`);
  const faceToFace = page.getByRole("group", { name: "Møttes dere ansikt til ansikt?" });
  await expect(faceToFace).toBeHidden();
  await page.getByRole("radio", { name: "En arbeidsgiver" }).check();
  await page.getByRole("radio", { name: "Møte" }).check();
  // Asked for a meeting only.
  await expect(faceToFace).toBeVisible();
  await page.getByRole("radio", { name: "Ja", exact: true }).check();
  await page.getByRole("radio", { name: "Jobbutvikling" }).check();
  await page.getByLabel("Arbeidsgiver", { exact: true }).selectOption({ label: EMPLOYER });
  await page.getByLabel("Hva skal gjøres?").fill(action);
  await page.getByLabel("Frist").fill(osloToday());
  await page.getByRole("button", { name: "Lagre kontakten" }).click();
  await expect(page).toHaveURL(new RegExp(`/participants/${PARTICIPANT.id}\\?saved=contact$`));
}

for (const size of [
  { name: "1280", width: 1280, height: 900 },
  { name: "360", width: 360, height: 740 },
]) {
  test(`at ${size.name} px a consultant finds this week's follow-ups and logs a phone contact in four steps`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await signInAsDemo(page, DEMO.bergenConsultant.name);
    const action = `Ring ${EMPLOYER} om vaktene ${size.name} ${Date.now()}`;
    await employerFollowUp(page, action);

    // The journey, counted from the home page.
    await visit(page, "/home");
    let steps = 0;
    await page.getByRole("link", { name: "Se oppfølging denne uken" }).click();
    steps++;
    await expect(page).toHaveURL(/\/follow-ups\?range=week$/);
    await expect(page.getByRole("link", { name: "Denne uken" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);
    const row = page.getByRole("row").filter({ hasText: action });
    await expect(row).toHaveCount(1);
    // The due date with its weekday: "man. 7. des.".
    await expect(row.getByText(nbDay(osloToday()), { exact: true })).toBeVisible();

    await row.getByRole("link", { name: /Logg kontakt/ }).click();
    steps++;
    await expect(
      page.getByRole("heading", { level: 1, name: `Logg kontakt med eller om ${PARTICIPANT.name}` }),
    ).toBeVisible();
    await expectAccessible(page);
    // The follow-up is about the employer: the form starts there.
    await expect(page.getByRole("radio", { name: "En arbeidsgiver" })).toBeChecked();
    await expect(page.getByLabel("Arbeidsgiver", { exact: true }).locator("option:checked")).toHaveText(EMPLOYER);

    await page.getByRole("radio", { name: "Telefon" }).check();
    steps++;
    await expect(page.getByRole("group", { name: "Møttes dere ansikt til ansikt?" })).toBeHidden();
    await page.getByRole("button", { name: "Lagre kontakten" }).click();
    steps++;
    await expect(page).toHaveURL(/\/follow-ups\?saved=contact$/);
    await expect(page.getByText("Kontakten er lagret.")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: action })).toHaveCount(0);
    await expectAccessible(page);
    expect(steps).toBeLessThanOrEqual(4);
  });
}

test("the home page's due figure opens the list it counts", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/home");
  await page.getByRole("link", { name: "Oppfølging som forfaller i dag eller har forfalt" }).click();
  await expect(page).toHaveURL(/\/follow-ups\?range=overdue$/);
  await expect(page.getByRole("link", { name: "Forfalt, også i dag" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);
});

test("the matches for a slot show whole scores, the candidate's own area and why the occupation fits", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, `/slots/${KINDERGARTEN_SLOT}/matches`);
  await expect(page.getByRole("heading", { level: 1, name: "Kandidater til Assistent i barnehage" })).toBeVisible();
  const table = page.getByRole("table", { name: "Beste treff, høyest poeng først" });
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(1);
  // Best first: the scores never go up down the list.
  const scores = (await rows.locator("td:nth-child(3)").allTextContents()).map((s) => Number(s.split(" ")[0]));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  // Whole points everywhere: no "10,6".
  await expect(table).not.toContainText(/\d,\d/);
  await expect(rows.first().locator("td").nth(2)).toHaveText(/^\d+ av 100$/);
  // The occupation fit names the ISCO level both codes share.
  await expect(rows.first()).toContainText(/lik yrkeskode|de 3 første sifrene|de 2 første sifrene/);
  // The candidate's own area, next to the slot's.
  await expect(rows.first()).toContainText(/Bor i |deltakeren: /);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectAccessible(page);
});
