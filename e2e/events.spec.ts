import { expect, test, type Page } from "@playwright/test";
import { stableId } from "../db/seed";
import { backToBokmal, DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

const UPCOMING_FAIR = stableId("event:bergen-fair-upcoming");
const BERGEN_DRAFT = stableId("event:bergen-info-draft");
const title = `Karrieretorg for fagarbeidere ${String(Date.now()).slice(-6)}`;
/** A date `days` from today as the date field wants it. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let eventId = "";

test.describe.configure({ mode: "serial" });

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page);
}

test("association staff create a career fair: bad input first, then good, add a co-host and publish", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, "/events");
  await expect(page.getByRole("heading", { level: 1, name: "Arrangementer" })).toBeVisible();
  await page.getByRole("link", { name: "Nytt arrangement" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nytt arrangement" })).toBeVisible();
  await expectAccessible(page);

  // Bad input: messages at the fields, what was typed is kept, nothing saved.
  await page.getByLabel("Dato", { exact: true }).fill(inDays(60));
  await page.getByLabel("Starter kl.", { exact: true }).fill("15:00");
  await page.getByLabel("Slutter kl.", { exact: true }).fill("09:00");
  await page.getByLabel("Sted").fill("Grieghallen, Edvard Griegs plass 1");
  await page.getByLabel("Påmeldingsfrist").fill(inDays(61));
  await page.getByRole("button", { name: "Lagre arrangementet" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" });
  await expect(summary).toBeFocused();
  await expect(page.getByText("Arrangementet må slutte etter at det starter.").first()).toBeVisible();
  await expect(page.getByText("Påmeldingsfristen må være før arrangementsdagen.").first()).toBeVisible();
  await expect(page.getByLabel("Tittel")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Slutter kl.", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Sted")).toHaveValue("Grieghallen, Edvard Griegs plass 1");
  await expectAccessible(page);

  // Good input, with Bergen kommune as co-host and speed interviews.
  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Beskrivelse").fill("Møt bygg- og anleggsbedrifter som trenger fagarbeidere.");
  await page.getByLabel("Starter kl.", { exact: true }).fill("09:00");
  await page.getByLabel("Slutter kl.", { exact: true }).fill("15:00");
  await page.getByLabel("Påmeldingsfrist").fill(inDays(53));
  await page.getByLabel("Krav til utdanning").selectOption("vocational");
  await page.getByLabel("Antall stands").fill("30");
  await page.getByLabel("Første intervjurunde starter kl.").fill("10:00");
  await page.getByLabel("Minutter per runde").fill("15");
  await page.getByLabel("Antall runder").fill("8");
  await page.getByLabel("Bergen kommune, integreringstjenesten").check();
  await page.getByRole("button", { name: "Lagre arrangementet" }).click();
  await expect(page.getByText("Arrangementet er lagret som utkast.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  eventId = new URL(page.url()).pathname.split("/")[2];
  await expect(page.getByText("Utkast", { exact: true })).toBeVisible();
  await expect(page.getByText("Fagbrev eller høyere")).toBeVisible();
  await expect(page.getByText("10:00–12:00: 8 runder på 15 minutter")).toBeVisible();
  await expectAccessible(page);

  // Publishing asks first, naming the event.
  await page.getByRole("button", { name: "Publiser arrangementet" }).click();
  await expect(page.getByText(`Vil du publisere «${title}»?`)).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, publiser" }).click();
  await expect(page.getByText("Arrangementet er publisert.")).toBeVisible();
  await expect(page.getByText("Publisert", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`/fairs/${eventId}$`) })).toBeVisible();
  await expectAccessible(page);

  // The edit form shows the saved Oslo times again.
  await page.getByRole("link", { name: "Endre arrangementet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Endre ${title}` })).toBeVisible();
  await expect(page.getByLabel("Starter kl.", { exact: true })).toHaveValue("09:00");
  await expect(page.getByLabel("Påmeldingsfrist")).toHaveValue(inDays(53));
  await expect(page.getByLabel("Bergen kommune, integreringstjenesten")).toBeChecked();
  await expectAccessible(page);

  await visit(page, "/events");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("an employer in the city registers a stand on the new fair, and staff give it a number", async ({ page }) => {
  expect(eventId).not.toBe("");
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  await visit(page, "/events");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Meld på stand" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vår stand" })).toBeVisible();
  await expectAccessible(page);

  // No occupation: the message is at the first occupation field.
  await page.getByLabel("Antall representanter").fill("3");
  await page.getByLabel("Antall intervjubord").fill("2");
  await page.getByRole("button", { name: "Meld på standen" }).click();
  await expect(page.getByText("Skriv inn minst ett yrke dere rekrutterer til.").first()).toBeVisible();
  await expect(page.getByLabel("Antall representanter")).toHaveValue("3");
  await expectAccessible(page);

  await page.getByLabel("Yrke 1").fill("Carpenters and joiners (7115)");
  await page.getByLabel("Yrke 2").fill("Building construction labourers (9313)");
  const slots = page.getByRole("group", { name: "Plasser dere tar med" }).getByRole("checkbox");
  if ((await slots.count()) > 0) await slots.first().check();
  await page.getByRole("button", { name: "Meld på standen" }).click();
  await expect(page.getByText("Standen er lagret.")).toBeVisible();
  await expect(page.getByText("Dere er påmeldt. Arrangøren gir dere et standnummer.")).toBeVisible();
  await expect(page.getByLabel("Yrke 2")).toHaveValue(/\(9313\)$/);
  await expectAccessible(page);

  // The organizer numbers the stand.
  await page.context().clearCookies();
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, `/events/${eventId}/stands`);
  await expect(page.getByRole("heading", { level: 1, name: "Stands" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Tømrere og snekkere (7115)" })).toBeVisible();
  await page.getByRole("textbox", { name: "Standnummer for Fjordkanten Bygg AS" }).fill("B7");
  await page.getByRole("button", { name: "Lagre standnummer for Fjordkanten Bygg AS" }).click();
  await expect(page.getByText("Lagret.")).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Standnummer for Fjordkanten Bygg AS" })).toHaveValue("B7");
});

test("a co-host sees the seeded fair with its figures, but not the association's draft", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await visit(page, `/events/${UPCOMING_FAIR}`);
  await expect(page.getByRole("heading", { level: 2, name: "Tall" })).toBeVisible();
  await expect(page.getByText("Påmeldte kandidater")).toBeVisible();
  await expect(page.getByText("NAV Bergen vest").first()).toBeVisible();
  // Co-hosts read the stands, without numbering them.
  await visit(page, `/events/${UPCOMING_FAIR}/stands`);
  await expect(page.getByRole("cell", { name: "Fjordkanten Bygg AS" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Lagre standnummer/ })).toHaveCount(0);
  await expectNotFound(page, `/events/${BERGEN_DRAFT}`);
});

test("an employer in another city gets 404 on a Bergen fair", async ({ page }) => {
  await signInAsDemo(page, DEMO.trondheimEmployer.name);
  await expectNotFound(page, `/events/${UPCOMING_FAIR}`);
  await expectNotFound(page, `/events/${UPCOMING_FAIR}/stand`);
  await visit(page, "/events");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("the event pages speak English too", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await visit(page, "/events");
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Upcoming events" })).toBeVisible();
  await visit(page, `/events/${UPCOMING_FAIR}`);
  await expect(page.getByRole("heading", { level: 2, name: "Figures" })).toBeVisible();
  await backToBokmal(page);
});
