import { expect, test, type Page } from "@playwright/test";
import { backToBokmal, DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

const unique = () => String(Date.now()).slice(-6);

/** Registers a participant through the form and returns the record's address. */
async function registerParticipant(page: Page, firstName: string, lastName: string): Promise<string> {
  await page.goto("/participants/new");
  await page.getByLabel("Fornavn").fill(firstName);
  await page.getByLabel("Etternavn").fill(lastName);
  await page.getByLabel("Fødselsår").fill("1988");
  await page.getByLabel("Sluttdato").fill("2028-06-30");
  await page.getByRole("button", { name: "Lagre deltaker" }).click();
  await expect(page.getByText("Deltakeren er registrert.")).toBeVisible();
  return new URL(page.url()).pathname;
}

test("a consultant registers a participant: bad input first, then good; records and withdraws consent; edits", async ({
  page,
}) => {
  const last = `Haddad${unique()}`;
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/participants");
  await expect(page.getByRole("heading", { level: 1, name: "Mine deltakere" })).toBeVisible();
  await page.getByRole("link", { name: "Registrer deltaker" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Registrer deltaker" })).toBeVisible();
  await expectAccessible(page);

  // Bad input: messages at the fields, what was typed is kept, nothing saved.
  await page.getByLabel("Fornavn").fill("Amal");
  await page.getByLabel("Fødselsår").fill("19");
  await page.getByLabel("Sluttdato").fill("2020-01-01");
  await page.getByLabel("Ønske 1").fill("ingen slik jobb");
  await page.getByRole("button", { name: "Lagre deltaker" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" });
  await expect(summary).toBeFocused();
  await expect(page.getByText("Skriv et fødselsår med fire siffer").first()).toBeVisible();
  await expect(page.getByText("Sluttdatoen må være etter startdatoen.").first()).toBeVisible();
  await expect(page.getByText("Velg et yrke fra listen.").first()).toBeVisible();
  await expect(page.getByLabel("Fornavn")).toHaveValue("Amal");
  await expect(page.getByLabel("Ønske 1")).toHaveValue("ingen slik jobb");
  await expect(page.getByLabel("Etternavn")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // Good input.
  await page.getByLabel("Etternavn").fill(last);
  await page.getByLabel("Fødselsår").fill("1991");
  await page.getByLabel("Sluttdato").fill("2028-06-30");
  await page.getByLabel("Ønske 1").fill("Cleaners and helpers in offices, hotels and other establishments (9112)");
  await page.getByLabel("Snakke").selectOption("B1");
  await page.getByRole("button", { name: "Lagre deltaker" }).click();
  await expect(page.getByText("Deltakeren er registrert.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Amal ${last}` })).toBeVisible();
  await expect(page.getByText("Renholdere i bedrifter (9112)")).toBeVisible();
  await expectAccessible(page);

  // Consent: record, then withdraw after a question that names the consent and the person.
  await page.getByLabel("Hva gjelder samtykket?").selectOption({ label: "Dele profil med arbeidsgivere" });
  await page.getByLabel("Hvordan ble det gitt?").selectOption({ label: "Muntlig med tolk" });
  await page.getByRole("button", { name: "Registrer samtykke" }).click();
  await expect(page.getByText("Samtykket er registrert.")).toBeVisible();
  await expect(page.getByText(/Gitt .*muntlig med tolk|Gitt .*Muntlig med tolk/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Trekk tilbake" }).click();
  await expect(
    page.getByText(`Trekk tilbake samtykket «Dele profil med arbeidsgivere» for Amal ${last}?`),
  ).toBeVisible();
  await page.getByRole("group").getByRole("button", { name: "Trekk tilbake" }).click();
  // The change shows where the consent was: withdrawn, with date and by whom.
  await expect(page.getByText(/Trukket tilbake \d{2}\.\d{2}\.\d{4} av Jonas Kvamsdal/)).toBeVisible();
  await expectAccessible(page);

  // The list shows the new participant.
  await page.goto(`/participants?q=${last}`);
  await expect(page.getByRole("link", { name: `Amal ${last}` })).toBeVisible();
  await expectAccessible(page);
});

test("two people editing the same participant: the second save is refused and keeps what was typed", async ({
  page,
  context,
}) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const path = await registerParticipant(page, "Samir", `Osman${unique()}`);
  const other = await context.newPage();
  await other.goto(`${path}/edit`);
  await page.goto(`${path}/edit`);
  await expectAccessible(page);
  await page.getByLabel("Bydel eller område").fill("Fana");
  await page.getByRole("button", { name: "Lagre deltaker" }).click();
  await expect(page.getByText("Endringene er lagret.")).toBeVisible();

  await other.getByLabel("Bydel eller område").fill("Åsane");
  await other.getByRole("button", { name: "Lagre deltaker" }).click();
  await expect(other.getByText("Noen andre har lagret endringer i mellomtiden.")).toBeVisible();
  await expect(other.getByLabel("Bydel eller område")).toHaveValue("Åsane");
  await page.reload();
  await expect(page.getByText("Fana")).toBeVisible();
});

test("a municipality admin reassigns a participant and reads the audit log", async ({ page }) => {
  const last = `Tesfay${unique()}`;
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await registerParticipant(page, "Ruta", last);
  await page.getByLabel("Ny veileder").selectOption({ label: DEMO.bergenJobSpecialist.name });
  await page.getByRole("button", { name: "Flytt deltaker" }).click();
  await expect(page.getByText("Deltakeren er flyttet.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("definition").filter({ hasText: DEMO.bergenJobSpecialist.name })).toBeVisible();

  await page.getByRole("link", { name: "Se hvem som har lest og endret" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Logg for Ruta ${last}` })).toBeVisible();
  const log = page.getByRole("table");
  await expect(log.getByText("Registrerte deltakeren")).toBeVisible();
  await expect(log.getByText("Flyttet til en annen veileder")).toBeVisible();
  await expect(log.getByText("Leste opplysningene").first()).toBeVisible();
  await expectAccessible(page);

  await visit(page, `/participants?assigned=all&q=${last}`);
  await expect(page.getByRole("row").filter({ hasText: last })).toContainText(DEMO.bergenJobSpecialist.name);
});

test("an employer and a consultant of another municipality get 404 on a participant", async ({ page, context }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const path = await registerParticipant(page, "Nadia", `Karimi${unique()}`);
  for (const who of [
    DEMO.bergenEmployer.name,
    "Henrik Byåsveen",
    DEMO.bergenPartner.name,
    DEMO.bergenAssociation.name,
  ]) {
    await context.clearCookies();
    await signInAsDemo(page, who);
    for (const p of [path, `${path}/edit`, `${path}/audit`]) {
      const res = await page.goto(p);
      expect(res?.status(), `${who} on ${p}`).toBe(404);
    }
    await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  }
  // A consultant cannot read the audit log either.
  await context.clearCookies();
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  expect((await page.goto(`${path}/audit`))?.status()).toBe(404);
});

test("the participant list in English", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenJobSpecialist.name);
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await visit(page, "/participants");
  await expect(page.getByRole("heading", { level: 1, name: "My participants" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show participants" })).toBeVisible();
  await backToBokmal(page);
});

test("a municipality admin exports everything about a participant and erases it on request", async ({ page }) => {
  const last = `Yohannes${unique()}`;
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  const path = await registerParticipant(page, "Hewan", last);
  await page.getByRole("link", { name: "Innsyn og sletting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Innsyn og sletting for Hewan ${last}` })).toBeVisible();
  await expectAccessible(page);
  // A summary people read: fields by name, no JSON, ids or codes on screen.
  await expect(page.getByRole("term").filter({ hasText: /^Etternavn$/ })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: new RegExp(`^${last}$`) })).toBeVisible();
  const onScreen = await page.getByRole("main").innerText();
  expect(onScreen).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|"participantId"|\d{4}-\d{2}-\d{2}T/);
  // Reading the page is logged as a read for the right of access; the download as an export.
  await visit(page, `${path}/audit`);
  await expect(page.getByRole("table")).toContainText("Formål: innsyn");
  await page.goBack();

  const download = await page.request.get(`/api/participants${path.replace("/participants", "")}/export`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect((await download.json()).participant.lastName).toBe(last);

  // No reason, no confirmation: messages at the fields, nothing erased.
  await page.getByRole("button", { name: `Slett opplysningene om Hewan ${last}` }).click();
  await expect(page.getByText("Velg hvorfor opplysningene slettes.").first()).toBeVisible();
  await expect(page.getByText("Kryss av for å bekrefte slettingen.").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Hvorfor slettes opplysningene?").selectOption({ label: "Deltakeren ba om sletting" });
  await page.getByLabel("Merknad").fill("Ba om sletting i møte");
  await page.getByLabel(`Jeg bekrefter at opplysningene om Hewan ${last} skal slettes`).check();
  await page.getByRole("button", { name: `Slett opplysningene om Hewan ${last}` }).click();
  await expect(page.getByText("Opplysningene er slettet.")).toBeVisible();
  expect((await page.goto(path))?.status()).toBe(404);
});

test("a consultant cannot export or erase", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const path = await registerParticipant(page, "Lula", `Bekele${unique()}`);
  expect((await page.goto(`${path}/privacy`))?.status()).toBe(404);
  expect((await page.request.get(`/api/participants${path.replace("/participants", "")}/export`)).status()).toBe(404);
});
