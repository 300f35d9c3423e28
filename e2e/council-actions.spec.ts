import { expect, test } from "@playwright/test";
import { stableId } from "../db/seed";
import { backToBokmal, DEMO, DEMO_COUNCIL, expectAccessible, signInAsDemo, visit } from "./helpers";

/** The last of the four seeded past meetings. */
const PAST_MEETING = stableId("council:bergen:meeting:4");
const title = `Sende oversikt over lønnstilskudd til rådet ${String(Date.now()).slice(-6)}`;
const comment = `Vi har startet <b>arbeidet</b> & sender utkast ${String(Date.now()).slice(-4)}`;
/** A date `days` from today as the date field wants it. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let itemPath = "";

test.describe.configure({ mode: "serial" });

test("the secretariat records an action item from a past meeting: bad input first, then good", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, "/council/actions");
  await expect(page.getByRole("heading", { level: 1, name: "Oppfølgingspunkter" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nytt oppfølgingspunkt" })).toBeVisible();

  await visit(page, `/council/actions/new?meeting=${PAST_MEETING}`);
  await expect(page.getByRole("heading", { level: 1, name: "Nytt oppfølgingspunkt" })).toBeVisible();
  await expect(page.getByLabel("Møte")).toHaveValue(PAST_MEETING);

  // Nothing typed, a due date in the past: messages at the fields, the summary takes focus.
  await page.getByLabel("Frist", { exact: true }).fill(inDays(-3));
  await page.getByRole("button", { name: "Lagre punktet" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" })).toBeFocused();
  await expect(page.getByText("Fyll ut feltet.").first()).toBeVisible();
  await expect(page.getByText("Velg organisasjonen som har ansvaret.").first()).toBeVisible();
  await expect(page.getByText("Fristen kan ikke være før i dag.").first()).toBeVisible();
  await expect(page.getByLabel("Hva skal gjøres")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Møte")).toHaveValue(PAST_MEETING);
  await expectAccessible(page);

  // A person from another organization than the responsible one is refused at the field.
  await page.getByLabel("Hva skal gjøres").fill(title);
  await page.getByLabel("Ansvarlig organisasjon").selectOption({ label: "NAV Bergen vest" });
  await page
    .getByLabel("Ansvarlig person")
    .selectOption({ label: "Ragnhild Fossdal (Bergen kommune, integreringstjenesten)" });
  await page.getByLabel("Frist", { exact: true }).fill(inDays(30));
  await page.getByRole("button", { name: "Lagre punktet" }).click();
  await expect(page.getByText("Velg en representant for den ansvarlige organisasjonen").first()).toBeVisible();
  await expect(page.getByLabel("Hva skal gjøres")).toHaveValue(title);
  await expectAccessible(page);

  await page.getByLabel("Ansvarlig person").selectOption({ label: "Eirik Nesttun (NAV Bergen vest)" });
  await page.getByRole("button", { name: "Lagre punktet" }).click();
  await expect(page.getByText("Oppfølgingspunktet er lagret.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  itemPath = new URL(page.url()).pathname;
  await expect(page.getByText("Åpen", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Rådsmøte / })).toHaveAttribute(
    "href",
    `/council/meetings/${PAST_MEETING}`,
  );
  await expectAccessible(page);
});

test("NAV's representative sees the overdue item highlighted, sets the new one in progress and comments", async ({
  page,
}) => {
  expect(itemPath).not.toBe("");
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await visit(page, "/council/actions");
  const mine = page.getByRole("region", { name: "Åpne punkter for NAV Bergen vest, sortert etter frist" });
  await expect(mine.getByRole("link", { name: title })).toBeVisible();
  const overdueRow = mine.getByRole("row").filter({ hasText: DEMO_COUNCIL.overdueNav.title });
  await expect(overdueRow.getByText("Forfalt", { exact: true })).toBeVisible();
  await expect(mine.getByRole("row").filter({ hasText: title }).getByText("Forfalt", { exact: true })).toHaveCount(0);

  // Only overdue: the seeded items are there, the new one is not.
  await page.getByLabel("Bare forfalte").check();
  await page.getByRole("button", { name: "Vis punktene" }).click();
  await expect(page).toHaveURL(/overdue=1/);
  const all = page.getByRole("region", { name: "Oppfølgingspunkter, sortert etter frist" });
  await expect(all.getByRole("link", { name: DEMO_COUNCIL.overdueKommune.title })).toBeVisible();
  await expect(all.getByRole("link", { name: title })).toHaveCount(0);
  await expectAccessible(page);

  await visit(page, itemPath);
  await page.getByRole("button", { name: "Sett til «Pågår»" }).click();
  await expect(page.getByText("Statusen er endret.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sett til «Ferdig»" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sett til «Pågår»" })).toHaveCount(0);
  await expectAccessible(page);

  // An empty comment is refused; a typed one is shown as typed, with the author.
  await page.getByRole("button", { name: "Legg til kommentaren" }).click();
  await expect(page.getByText("Fyll ut feltet.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Ny kommentar").fill(comment);
  await page.getByRole("button", { name: "Legg til kommentaren" }).click();
  await expect(page.getByText("Kommentaren er lagt til.")).toBeVisible();
  const shown = page.getByRole("listitem").filter({ hasText: comment });
  await expect(shown).toContainText("Eirik Nesttun");
  await expect(page.locator("b", { hasText: "arbeidet" })).toHaveCount(0);
  await expect(page.getByLabel("Ny kommentar")).toHaveValue("");
  await expectAccessible(page);
});

test("another member cannot change NAV's item: no form, and a forged post is refused", async ({ page, browser }) => {
  expect(itemPath).not.toBe("");
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await visit(page, itemPath);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Bare NAV Bergen vest og sekretariatet kan endre statusen.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Sett til/ })).toHaveCount(0);
  // Members comment on each other's items.
  await expect(page.getByRole("button", { name: "Legg til kommentaren" })).toBeVisible();
  const ragnhildCookies = await page.context().cookies();

  // Eirik's page with its status form, posted with Ragnhild's session: refused, nothing changes.
  const eirik = await browser.newContext();
  const forged = await eirik.newPage();
  await signInAsDemo(forged, DEMO.bergenPartner.name);
  await forged.goto(itemPath);
  await expect(forged.getByRole("button", { name: "Sett til «Ferdig»" })).toBeVisible();
  await eirik.clearCookies();
  await eirik.addCookies(ragnhildCookies);
  await forged.getByRole("button", { name: "Sett til «Ferdig»" }).click();
  await expect(forged.getByText("Fant ikke det du ba om, eller du har ikke tilgang til det.")).toBeVisible();
  await eirik.close();

  await page.reload();
  await expect(page.getByText("Pågår", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Ferdig", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

test("the action items speak English, and Trondheim without a council sees an empty page", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await visit(page, "/council/actions");
  await expect(page.getByRole("heading", { level: 1, name: "Action items" })).toBeVisible();
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: DEMO_COUNCIL.overdueNav.title })
      .first()
      .getByText("Overdue", { exact: true }),
  ).toBeVisible();
  await visit(page, itemPath);
  await expect(page.getByRole("heading", { level: 2, name: "Comments" })).toBeVisible();
  await backToBokmal(page);

  await page.context().clearCookies();
  await signInAsDemo(page, DEMO.trondheimAdmin.name);
  await visit(page, "/council/actions");
  await expect(page.getByText("Organisasjonen din er ikke med i noe samarbeidsråd ennå.")).toBeVisible();
  const response = await page.goto(itemPath);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});
