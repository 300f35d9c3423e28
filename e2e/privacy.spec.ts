import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, DEMO_FAIRS, expectAccessible, signInAsDemo, visit } from "./helpers";

// Issue 12: a withdrawn consent and an erasure reach the fair's employers and organizer at once.
const FAIR = DEMO_FAIRS.bergenUpcoming.id;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** A signed-in person in their own browser context (own cookies; axe needs a context per page). */
async function as(browser: Browser, name: string): Promise<Page> {
  const page = await (
    await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "nb-NO" })
  ).newPage();
  await signInAsDemo(page, name);
  return page;
}

/** The municipality admin registers a participant, records the exhibitor consent and signs them up for the fair. */
async function participantAtFair(admin: Page, first: string, last: string): Promise<string> {
  await admin.goto("/participants/new");
  await admin.getByLabel("Fornavn").fill(first);
  await admin.getByLabel("Etternavn").fill(last);
  await admin.getByLabel("Fødselsår").fill("1990");
  await admin.getByLabel("Sluttdato").fill("2028-06-30");
  await admin.getByLabel("Høyeste fullførte utdanning").selectOption({ label: "Bachelor" });
  await admin.getByRole("button", { name: "Lagre deltaker" }).click();
  await expect(admin.getByText("Deltakeren er registrert.")).toBeVisible();
  const path = new URL(admin.url()).pathname;
  await admin
    .getByLabel("Hva gjelder samtykket?")
    .selectOption({ label: "Dele profil med utstillere på karrieretorg" });
  await admin.getByLabel("Hvordan ble det gitt?").selectOption({ label: "Muntlig med tolk" });
  await admin.getByRole("button", { name: "Registrer samtykke" }).click();
  await expect(admin.getByText("Samtykket er registrert.")).toBeVisible();
  await visit(admin, `/events/${FAIR}/candidates`);
  await admin.getByLabel("Deltaker", { exact: true }).selectOption({ label: `${first} ${last}` });
  await admin.getByRole("button", { name: "Meld på", exact: true }).click();
  await expect(admin.getByText("Deltakeren er påmeldt.")).toBeVisible();
  return path;
}

test("withdrawing the exhibitor consent cancels the registration: the employer's schedule and calendar no longer name the person, the organizer is told", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const name = `Nadia Tilbake${unique()}`;
  const [first, last] = name.split(" ");
  const admin = await as(browser, DEMO.bergenAdmin.name);
  const path = await participantAtFair(admin, first, last);

  // The employer wants to meet them; the organizer schedules and publishes.
  const employer = await as(browser, DEMO.bergenEmployer.name);
  await visit(employer, `/events/${FAIR}/candidates`);
  await employer.getByRole("button", { name: `Vil møte ${name}` }).click();
  await expect(employer.getByRole("button", { name: `Fjern ønsket om ${name}` })).toBeVisible();
  const organizer = await as(browser, DEMO.bergenAssociation.name);
  await visit(organizer, `/events/${FAIR}/schedule`);
  await organizer.getByRole("button", { name: /^Kjør planleggeren/ }).click();
  await expect(organizer.getByText("Timeplanen er laget.")).toBeVisible();
  await organizer.getByRole("button", { name: "Publiser timeplanen" }).click();
  await expect(organizer.getByText("Timeplanen er publisert, og e-postene er sendt.")).toBeVisible();

  const schedule = employer.getByRole("table", { name: "Intervjuer ved standen" });
  await visit(employer, `/events/${FAIR}/schedule`);
  await expect(schedule).toContainText(name);
  expect(await (await employer.request.get(`/api/events/${FAIR}/calendar`)).text()).toContain(`Intervju: ${name}`);

  // The admin withdraws the consent on the participant's page.
  await visit(admin, path);
  await admin.getByRole("button", { name: "Trekk tilbake" }).click();
  await admin.getByRole("group").getByRole("button", { name: "Trekk tilbake" }).click();
  await expect(admin.getByText(/Trukket tilbake \d{2}\.\d{2}\.\d{4} av Ragnhild Fossdal/)).toBeVisible();

  // At once: the interview is a cancelled line without the name, in the page and in the file.
  await visit(employer, `/events/${FAIR}/schedule`);
  await expect(schedule).not.toContainText(last);
  await expect(schedule).toContainText("Avlyst – kandidaten er ikke lenger med");
  const ics = await (await employer.request.get(`/api/events/${FAIR}/calendar`)).text();
  expect(ics).not.toContain(last);
  expect(ics).toContain("Intervju avlyst");
  await visit(employer, `/events/${FAIR}/candidates`);
  await expect(employer.getByRole("main")).not.toContainText(last);

  // The organizer sees the cancelled registration without the name, and got an email with the count.
  await visit(organizer, `/events/${FAIR}/candidates?status=cancelled`);
  await expect(organizer.getByRole("main")).toContainText("Navn skjult – samtykket til deling er trukket");
  await expect(organizer.getByRole("main")).not.toContainText(last);
  await visit(organizer, "/dev/outbox");
  const mail = organizer
    .getByRole("listitem")
    .filter({ hasText: "Påmelding avlyst:" })
    .filter({ hasText: DEMO.bergenAssociation.email });
  await expect(mail.first()).toContainText("Én påmelding");
  await expect(mail.first()).not.toContainText(last);
  for (const p of [admin, employer, organizer]) await p.context().close();
});

test("erasing a participant takes them off the exhibitor's candidates tab and out of the fair report", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `Samir Slettes${unique()}`;
  const [first, last] = name.split(" ");
  const admin = await as(browser, DEMO.bergenAdmin.name);
  const path = await participantAtFair(admin, first, last);
  const employer = await as(browser, DEMO.bergenEmployer.name);
  await visit(employer, `/events/${FAIR}/candidates`);
  await expect(employer.getByRole("main")).toContainText(name);

  await visit(admin, `${path}/privacy`);
  await admin.getByLabel("Hvorfor slettes opplysningene?").selectOption({ label: "Deltakeren ba om sletting" });
  await admin.getByLabel(`Jeg bekrefter at opplysningene om ${name} skal slettes`).check();
  await admin.getByRole("button", { name: `Slett opplysningene om ${name}` }).click();
  await expect(admin.getByText("Opplysningene er slettet.")).toBeVisible();
  await expectAccessible(admin);

  await visit(employer, `/events/${FAIR}/candidates`);
  await expect(employer.getByRole("main")).not.toContainText(last);
  const organizer = await as(browser, DEMO.bergenAssociation.name);
  await visit(organizer, `/events/${FAIR}/report`);
  await expect(organizer.getByRole("main")).not.toContainText(last);
  await visit(organizer, `/events/${FAIR}/candidates`);
  await expect(organizer.getByRole("main")).not.toContainText(last);
  for (const p of [admin, employer, organizer]) await p.context().close();
});
