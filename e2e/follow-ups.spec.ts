import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

/** "YYYY-MM-DD" in Oslo, `days` from today: what the app calls today. */
function osloDay(days = 0): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);
}
const nb = (iso: string) => iso.split("-").reverse().join(".");
/** How the due list shows a day: "man. 7. des." (the year only outside the current one). */
const nbDay = (iso: string) =>
  new Intl.DateTimeFormat("nb-NO", {
    weekday: "short",
    day: "numeric",
    month: "short",
    ...(iso.slice(0, 4) !== osloDay().slice(0, 4) && { year: "numeric" }),
    timeZone: "Europe/Oslo",
  }).format(new Date(`${iso}T12:00:00Z`));

/** Opens the first participant on the consultant's own list and returns its address and name. */
async function firstParticipant(page: Page): Promise<{ path: string; name: string }> {
  await visit(page, "/participants");
  const link = page.getByRole("table").locator("tbody").getByRole("link").first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return { path: new URL(page.url()).pathname, name };
}

test("a consultant logs a contact, sees its next step overdue, answers it from the due list, and starts a job", async ({
  page,
}) => {
  // A long journey with an axe scan on every page: well over the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  const action = `Ring om vaktlista ${Date.now()}`;
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const { path, name } = await firstParticipant(page);

  await page.getByRole("link", { name: "Logg kontakt", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Logg kontakt med eller om ${name}` })).toBeVisible();
  await expectAccessible(page);

  // Bad input: a next step without a due date. The message sits at the field; nothing typed is lost.
  await page.getByRole("radio", { name: "Telefon" }).check();
  await page.getByRole("radio", { name: "Oppfølging i jobb eller praksis" }).check();
  // A call is never face to face, so the question is not asked.
  await expect(page.getByRole("group", { name: "Møttes dere ansikt til ansikt?" })).toBeHidden();
  await page.getByLabel("Dato for kontakten").fill(osloDay(-2));
  await page.getByLabel(/^Notat/).fill("Snakket om turnusen.");
  await page.getByLabel("Hva skal gjøres?").fill(action);
  await page.getByRole("button", { name: "Lagre kontakten" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" });
  await expect(summary).toBeFocused();
  const message = "Skriv når det neste steget skal være gjort, eller tøm feltet «Hva skal gjøres?».";
  await expect(page.locator("#nextDueOn-error")).toHaveText(message);
  await expect(page.getByLabel("Frist")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Hva skal gjøres?")).toHaveValue(action);
  await expect(page.getByLabel(/^Notat/)).toHaveValue("Snakket om turnusen.");
  await expect(page.getByRole("radio", { name: "Telefon" })).toBeChecked();
  await expectAccessible(page);

  // Good input: the next step was due yesterday.
  await page.getByLabel("Frist").fill(osloDay(-1));
  await page.getByRole("button", { name: "Lagre kontakten" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?saved=contact$`));

  // The due list shows it as overdue.
  await visit(page, "/follow-ups");
  await expect(page.getByRole("heading", { level: 1, name: "Oppfølging som forfaller" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: action });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("Forfalt", { exact: true })).toBeVisible();
  await expect(row.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(row.getByText(nbDay(osloDay(-1)))).toBeVisible();

  // Answering it from the list: the form says which follow-up it completes, and the list no longer has it.
  await row.getByRole("link", { name: /Logg kontakt/ }).click();
  await expect(
    page.getByText(`Når du lagrer, er oppfølgingen «${action}» med frist ${nb(osloDay(-1))} gjort.`),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Møte" }).check();
  await page.getByRole("radio", { name: "Ja", exact: true }).check();
  await page.getByRole("button", { name: "Lagre kontakten" }).click();
  await expect(page).toHaveURL(/\/follow-ups\?saved=contact$/);
  await expect(page.getByText("Kontakten er lagret.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: action })).toHaveCount(0);
  await expectAccessible(page);

  // A job that starts in five days: the IPS cadence is suggested at once.
  await visit(page, `${path}/work/new`);
  await expect(page.getByRole("heading", { level: 1, name: `Registrer jobb eller praksis for ${name}` })).toBeVisible();
  await page.getByRole("button", { name: "Lagre og legg inn oppfølging" }).click();
  await expect(page.locator("#kind-error")).toHaveText("Velg om det er en jobb eller en praksisplass.");
  await expect(page.locator("#employerId-error")).toHaveText(
    "Velg arbeidsgiveren fra listen, eller skriv navnet i feltet under.",
  );
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Jobb" }).check();
  await page.getByLabel("Arbeidsgiver", { exact: true }).selectOption({ label: "Åsane Logistikk AS" });
  const employerId = await page.getByLabel("Arbeidsgiver", { exact: true }).inputValue();
  await page.getByLabel("Startdato").fill(osloDay(5));
  await page.getByRole("button", { name: "Lagre og legg inn oppfølging" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?saved=work$`));

  await visit(page, "/follow-ups?range=all");
  const cadence = page.getByRole("row").filter({ hasText: name });
  await expect(cadence.filter({ hasText: "Kontakt før oppstart" }).filter({ hasText: nbDay(osloDay(2)) })).toHaveCount(
    1,
  );
  await expect(
    cadence.filter({ hasText: "Kontakt de første dagene etter oppstart" }).filter({ hasText: nbDay(osloDay(8)) }),
  ).toHaveCount(1);
  await expect(cadence.filter({ hasText: "Ukentlig oppfølging, uke 4" })).not.toHaveCount(0);
  const beforeStart = cadence.filter({ hasText: "Kontakt før oppstart" });
  await expect(beforeStart.getByText("Kommer", { exact: true })).toBeVisible();

  // A step that is no longer needed can be closed without a contact.
  await beforeStart.getByRole("button", { name: /Marker som gjort/ }).click();
  await expect(page.getByText("Oppfølgingen er markert som gjort.")).toBeVisible();
  await expect(page).toHaveURL(/\/follow-ups\?range=all&done=1$/);
  await expect(cadence.filter({ hasText: "Kontakt før oppstart" })).toHaveCount(0);
  await expect(cadence.filter({ hasText: "Kontakt de første dagene etter oppstart" })).toHaveCount(1);

  // The employer's timeline shows the new job with the participant.
  await visit(page, `/follow-ups/employers/${employerId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Tidslinje for Åsane Logistikk AS" })).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Jobb hos Åsane Logistikk AS" }).filter({ hasText: name }).first(),
  ).toBeVisible();
});

test("follow-up pages answer 404 to an employer and to another municipality's staff", async ({ page, browser }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const { path } = await firstParticipant(page);
  await page.goto(`${path}/work/new`);
  const bergenEmployer = await page
    .getByLabel("Arbeidsgiver", { exact: true })
    .locator("option")
    .nth(1)
    .getAttribute("value");
  const employers = [`/follow-ups/employers/${bergenEmployer}`, "/follow-ups/employers/not-an-id"];

  const trondheimContext = await browser.newContext();
  const trondheim = await trondheimContext.newPage();
  await signInAsDemo(trondheim, "Henrik Byåsveen");
  for (const url of [`${path}/contacts/new`, `${path}/work/new`, ...employers]) {
    const response = await trondheim.goto(url);
    expect(response?.status(), url).toBe(404);
  }
  await expectAccessible(trondheim);
  await trondheimContext.close();

  const employerContext = await browser.newContext();
  const employer = await employerContext.newPage();
  await signInAsDemo(employer, DEMO.bergenEmployer.name);
  for (const url of ["/follow-ups", `${path}/contacts/new`]) {
    const response = await employer.goto(url);
    expect(response?.status(), url).toBe(404);
  }
  await expect(employer.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(employer);
  await employerContext.close();
});
