import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_FAIRS, expectAccessible, signInAsDemo, visit } from "./helpers";
import { stableId } from "../db/seed";

const FAIR = DEMO_FAIRS.bergenUpcoming.id;
// Jonas's participants in the demo caseload: two with the consent to share with exhibitors
// (bachelor, trade certificate: both meet the fair's rule), one without it.
const WITH_CONSENT = ["Patrick Kabongo", "Abdirahman Nuur"];
const WITHOUT_CONSENT = { id: stableId("participant:bergen-13"), name: "Dmytro Bondarchuk" };

async function fillRegistration(page: Page, v: { name: string; email: string; education: string }) {
  await page.getByLabel("Fullt navn").fill(v.name);
  await page.getByLabel("E-postadresse").fill(v.email);
  await page.getByLabel("Høyeste fullførte utdanning").selectOption({ label: v.education });
  await page.getByLabel("Yrke du ønsker å jobbe i").fill("Building and related electricians (7411)");
  await page.getByLabel("Hvor godt snakker du norsk?").selectOption("B1");
}

test("a public candidate registers with bad then good input, picks wishes and deletes the registration", async ({
  page,
}) => {
  await visit(page, `/fairs/${FAIR}`);
  await expect(page.getByRole("heading", { level: 2, name: "Meld deg på" })).toBeVisible();

  // Below the fair's rule and no email: both errors at their fields, nothing saved.
  await fillRegistration(page, { name: "Samira Haddad", email: "", education: "Videregående skole" });
  await page.getByLabel("Jeg har lest hvordan opplysningene mine brukes.").check();
  await page.getByRole("button", { name: "Meld meg på" }).click();
  await expect(page.locator("#educationLevel-error")).toContainText("minst fagbrev");
  await expect(page.locator("#email-error")).toContainText("Fyll ut feltet");
  await expect(page.getByLabel("Fullt navn")).toHaveValue("Samira Haddad");
  await expectAccessible(page);

  const email = `samira.${Date.now()}@example.org`;
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Høyeste fullførte utdanning").selectOption({ label: "Bachelorgrad" });
  await page.getByLabel("Ja, arbeidsgiverne på karrieretorget kan se profilen min.").check();
  await page.getByRole("button", { name: "Meld meg på" }).click();
  await page.waitForURL(`**/fairs/${FAIR}/registered?status=registered`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Takk, du er påmeldt");
  await expect(page.getByRole("heading", { name: "Dette skjer nå" })).toBeVisible();
  await expectAccessible(page);

  await visit(page, "/dev/outbox");
  const link = page.getByRole("link", { name: `Åpne lenken i e-posten til ${email}` });
  await expect(link).toHaveCount(1);
  const manage = new URL((await link.getAttribute("href"))!).pathname;
  expect(manage).toMatch(/^\/fairs\/registration\/[A-Za-z0-9_-]{43}$/);

  await visit(page, manage);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Påmeldingen din");
  await expect(page.getByText("Du er påmeldt.")).toBeVisible();
  const wishes = page.getByRole("group", { name: "Arbeidsgivere du vil møte" }).getByRole("checkbox");
  await wishes.nth(0).check();
  await wishes.nth(1).check();
  await page.getByRole("button", { name: "Lagre valgene" }).click();
  await expect(page.getByText("Valgene dine er lagret.")).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(wishes.nth(0)).toBeChecked();
  await expect(wishes.nth(1)).toBeChecked();

  // Their own data: a JSON file and a printable page, behind the same link.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Last ned opplysningene dine" }).click(),
  ]);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported.fairRegistrations[0]).toMatchObject({ name: "Samira Haddad", email });
  expect(exported.fairWishes).toHaveLength(2);
  await page.getByRole("link", { name: "Se alt vi har lagret om deg" }).click();
  await page.waitForURL(`**${manage}/data`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opplysningene dine");
  await expect(page.getByRole("heading", { level: 2, name: "Påmeldingen" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "E-post vi har sendt deg" })).toBeVisible();
  await expect(page.getByText("Samira Haddad").first()).toBeVisible();
  await expectAccessible(page);
  // A forged link opens neither, and says no more than that.
  const forged = `/fairs/registration/${"A".repeat(43)}`;
  expect((await page.goto(`${forged}/data`))?.status()).toBe(404);
  await expectAccessible(page);
  expect((await page.request.get(`/api${forged}/export`)).status()).toBe(404);
  await visit(page, manage);

  // Deleting asks for a confirmation first.
  await page.getByRole("button", { name: "Slett påmeldingen" }).click();
  await expect(page.locator("#confirm-error")).toContainText("Kryss av");
  await expectAccessible(page);
  await page.getByLabel("Ja, slett påmeldingen min og alt om meg for dette karrieretorget.").check();
  await page.getByRole("button", { name: "Slett påmeldingen" }).click();
  await page.waitForURL("**/fairs/registration/deleted");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Påmeldingen er slettet");
  await expectAccessible(page);

  const gone = await page.goto(manage);
  expect(gone?.status()).toBe(404);
  await expectAccessible(page);
});

test("draft and unknown fairs are not found on the public page", async ({ page }) => {
  expect((await page.goto(`/fairs/${DEMO_FAIRS.bergenDraft.id}`))?.status()).toBe(404);
  expect((await page.goto("/fairs/not-a-fair"))?.status()).toBe(404);
  await expectAccessible(page);
});

test.describe("in English", () => {
  test.use({ locale: "en-US" });

  test("the public registration page speaks English, eligibility included", async ({ page }) => {
    await visit(page, `/fairs/${FAIR}`);
    await expect(page.getByRole("heading", { level: 2, name: "Register" })).toBeVisible();
    await expect(page.getByText("at least a trade or journeyman's certificate").first()).toBeVisible();
    await expect(page).toHaveTitle(/^Registration: .+ – Lagspill$/);
  });
});

test("a consultant registers a participant with consent and is refused for one without", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, `/events/${FAIR}/candidates`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Våre deltakere på karrieretorget");

  const select = page.getByLabel("Deltaker", { exact: true });
  await select.selectOption({ label: `${WITHOUT_CONSENT.name} (mangler samtykke)` });
  await page.getByRole("button", { name: "Meld på", exact: true }).click();
  await expect(page.locator("#participantId-error")).toContainText("ikke samtykket");
  await expect(page.getByRole("link", { name: `Registrer samtykke for ${WITHOUT_CONSENT.name}` })).toHaveAttribute(
    "href",
    `/participants/${WITHOUT_CONSENT.id}#consents`,
  );
  await expectAccessible(page);

  const labels = await select.locator("option").allTextContents();
  const name = WITH_CONSENT.find((n) => labels.includes(n));
  expect(name).toBeDefined();
  await select.selectOption({ label: name! });
  await page.getByRole("button", { name: "Meld på", exact: true }).click();
  await expect(page.getByText("Deltakeren er påmeldt.")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name! });
  await expect(row).toContainText("Påmeldt");
  await expectAccessible(page);
});

test("an exhibitor sees consented candidates and marks one to meet", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  await visit(page, `/events/${FAIR}/candidates`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kandidater");
  const want = page.getByRole("button", { name: /^Vil møte / }).first();
  const label = (await want.textContent())!;
  const name = label.replace(/^Vil møte /, "");
  await want.click();
  await expect(page.getByRole("button", { name: `Fjern ønsket om ${name}` })).toBeVisible();
  await expect(
    page.getByRole("row").filter({ hasText: name }).getByText("Dere vil møte", { exact: true }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("the organizer sees every candidate by the fair snapshot, with figures and filters", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, `/events/${FAIR}/candidates`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kandidater");
  await expect(page.getByRole("region", { name: "Påmeldinger" })).toBeVisible();
  // Each candidate's wishes: the employers they want to meet, in their own column.
  const headers = await page.getByRole("columnheader").allTextContents();
  const wishesColumn = headers.indexOf("Vil møte");
  expect(wishesColumn).toBeGreaterThan(0);
  const wishCells = page.locator("tbody tr").locator(`td:nth-child(${wishesColumn + 1})`);
  await expect(wishCells.filter({ hasText: /\p{L}{2,}/u }).first()).toBeVisible();
  await page.getByLabel("Påmeldt via").selectOption({ label: "Programdeltaker" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await page.waitForURL(/kind=participant/);
  // The consultant's registration above shows as a snapshot: a name, never a link to the case record.
  const rows = page.getByRole("row").filter({ hasText: "Programdeltaker" });
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().getByRole("link")).toHaveCount(0);
  await expectAccessible(page);
});

test("a job seeker on a phone finds an open fair from the home page and reaches its registration form", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await visit(page, "/");
  const fairs = page.getByRole("region", { name: "Karrieretorg du kan melde deg på" });
  await expect(fairs.getByRole("heading", { name: "I Bergen" })).toBeVisible();
  await fairs.locator(`a[href="/fairs/${FAIR}"]`).click();
  await page.waitForURL(`**/fairs/${FAIR}`);
  await expectAccessible(page);
  await expect(page.getByRole("button", { name: "Meld meg på" })).toBeVisible();
});
