import { expect, type Page, test } from "@playwright/test";
import { stableId } from "../db/seed";
import { DEMO, DEMO_PARTICIPANTS, expectAccessible, signInAsDemo, visit } from "./helpers";

// The employer's side of a proposal in their own words: what waits for them, what happens after
// each answer, their interview note read back, and a phone number for their municipality contact.
test.describe.configure({ mode: "serial" });

/** Torstein's first slot (open). placements.spec.ts proposes on the second one. */
const SLOT = stableId("slot:bergen-employer-1:1");
const PHONE = "+47 912 34 567";
const NOTE = "Møt opp i resepsjonen og spør etter Kari.";
const proposals: { id: string; first: string }[] = [];
const namedDemo = new Set<string>(Object.values(DEMO_PARTICIPANTS).map((p) => p.name));

function osloDateTime(days: number, time: string): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", dateStyle: "short" }).format(d);
  return `${date}T${time}`;
}

/** Two of Jonas's participants that no other test follows by name, proposed for the slot. */
async function proposeTwo(page: Page): Promise<void> {
  await visit(page, `/slots/${SLOT}/pipeline`);
  const options = page.getByLabel("Deltaker du vil foreslå").locator("option");
  const picked: { id: string; name: string }[] = [];
  for (let i = 0; i < (await options.count()) && picked.length < 2; i++) {
    const name = (await options.nth(i).textContent())!.trim();
    if (!namedDemo.has(name)) picked.push({ id: (await options.nth(i).getAttribute("value"))!, name });
  }
  expect(picked).toHaveLength(2);
  for (const p of picked) {
    await page.goto(`/placements/new?slot=${SLOT}&participant=${p.id}`);
    await page.getByRole("button", { name: "Send forslag" }).click();
    await expect(page).toHaveURL(/\/placements\/[0-9a-f-]+\?saved=proposed$/);
    proposals.push({ id: new URL(page.url()).pathname.split("/").pop()!, first: p.name.split(" ")[0] });
  }
}

test("a consultant saves a phone number on My account, and proposes two candidates", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/account");
  const phone = page.getByLabel(/^Telefonnummer/);
  await phone.fill("12 34");
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#phone-error")).toContainText("Skriv et norsk telefonnummer med 8 siffer");
  await expectAccessible(page);

  await phone.fill("912 34 567");
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByText("Endringene er lagret.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Telefonnummer/)).toHaveValue(PHONE);

  await proposeTwo(page);
});

test("the employer sees what waits for them, answers, and reads what happens next and their own note", async ({
  page,
}) => {
  const [first] = proposals;
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  const contact = page.getByRole("complementary", { name: "Din kontaktperson i kommunen:" });
  await expect(contact).toContainText("Jonas Kvamsdal");
  await expect(contact.getByRole("link", { name: PHONE })).toHaveAttribute("href", "tel:+4791234567");

  await visit(page, "/proposals");
  const row = page.getByRole("row").filter({ has: page.locator(`a[href="/proposals/${first.id}"]`) });
  await expect(row).toContainText("Venter på ditt svar");
  await expect(page.getByRole("main")).not.toContainText("Forslag sendt");
  await row.getByRole("link").click();
  await expect(page.getByText("Venter på ditt svar").first()).toBeVisible();
  await expect(page.getByText(/^Kommunen venter på svaret ditt/)).toBeVisible();
  // The language levels are explained on the page, not only as codes.
  await page.getByText("Hva betyr språknivåene A1–C2?").click();
  await expect(page.getByText("Klarer seg i de fleste situasjoner på jobb og i hverdagen.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Jeg er interessert" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Neste steg:" });
  await expect(saved).toContainText(`Takk! Kommunen får beskjed om at du er interessert i ${first.first}.`);
  await expect(saved).toContainText("Neste steg: Kommunen tar kontakt med deg for å avtale intervju.");
  await expectAccessible(page);

  await page.getByLabel("Tidspunkt for intervju").fill(osloDateTime(6, "13:30"));
  await page.getByLabel(/^Notat/).fill(NOTE);
  await page.getByRole("button", { name: "Foreslå intervjutid" }).click();
  await expect(saved).toContainText("Neste steg: Kommunen gir kandidaten beskjed om tiden");
  await expect(page.getByText("Intervju planlagt").first()).toBeVisible();
  const interview = page.getByRole("definition").filter({ hasText: NOTE });
  await expect(interview).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Ditt notat til kommunen" })).toBeVisible();
  await expectAccessible(page);
});

test("on a phone, the employer declines in their own words and still has the contact's number", async ({ page }) => {
  const [first, second] = proposals;
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  await visit(page, "/proposals");
  const row = (id: string) => page.getByRole("row").filter({ has: page.locator(`a[href="/proposals/${id}"]`) });
  await expect(row(second.id)).toContainText("Venter på ditt svar");
  await expect(row(first.id)).toContainText("Intervju planlagt");

  await visit(page, `/proposals/${first.id}`);
  await expect(page.getByText(NOTE)).toBeVisible();
  await expect(
    page.getByRole("complementary", { name: "Din kontaktperson i kommunen:" }).getByRole("link", { name: PHONE }),
  ).toBeVisible();

  await visit(page, `/proposals/${second.id}`);
  await page.getByRole("button", { name: "Takk nei" }).click();
  await expect(page.getByText("Hvorfor takker dere nei? Det hjelper kommunen med neste forslag.")).toBeVisible();
  await expect(page.getByText(/Hvorfor takket arbeidsgiveren nei/)).toHaveCount(0);
  await page.getByLabel("Begrunnelse").fill("Vi trenger noen med førerkort.");
  await page.getByRole("button", { name: "Takk nei" }).click();
  const saved = page.getByRole("status").filter({ hasText: "Neste steg:" });
  await expect(saved).toContainText("Svaret er lagret. Kommunen får beskjed.");
  await expect(saved).toContainText("Neste steg: Kommunen har fått svaret ditt.");
  await expect(page.getByText("Du takket nei").first()).toBeVisible();
  await expectAccessible(page);
});
