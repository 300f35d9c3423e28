import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

test("a consultant finds an employer, invites a contact, and the invitee signs in as the employer", async ({
  page,
  browser,
}) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/employers");
  await expect(page.getByRole("heading", { level: 1, name: "Arbeidsgivere" })).toBeVisible();
  await expect(page.getByText("15 arbeidsgivere")).toBeVisible();
  // Only Bergen's employers: Trondheim's are another municipality's.
  await expect(page.getByRole("link", { name: "Nidelva Bygg AS" })).toHaveCount(0);

  await page.getByLabel("Bransje").selectOption({ label: "Bygg og anlegg" });
  await page.getByLabel("Medlem i næringsforening").selectOption({ label: "Ja" });
  await page.getByRole("button", { name: "Vis arbeidsgivere" }).click();
  await expect(page).toHaveURL(/industry=construction/);
  const table = page.getByRole("table", { name: /Arbeidsgivere, side 1 av 1/ });
  await expect(table.getByRole("link", { name: "Fjordkanten Bygg AS" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Bryggeloftet Hotell AS" })).toHaveCount(0);
  await expectAccessible(page);

  await table.getByRole("link", { name: "Fjordkanten Bygg AS" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fjordkanten Bygg AS" })).toBeVisible();
  await expect(page.getByText("Nå: Jonas Kvamsdal (jonas.kvamsdal@bergen.kommune.example)")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Samarbeidet år for år" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Samarbeidet per år" })).toBeVisible();
  await expectAccessible(page);

  // A bad email: the message sits at the field, the summary takes focus, nothing typed is lost.
  const email = `mona.${Date.now()}@fjordkanten-bygg.example`;
  await page.getByLabel("Navn", { exact: true }).fill("Mona Byggvik");
  await page.getByLabel("E-post", { exact: true }).fill("mona@");
  await page.getByLabel(/^Rolle/).fill("Prosjektleder");
  await page.getByRole("button", { name: "Legg til kontaktperson" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("E-post", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("Mona Byggvik");
  await expect(page.getByLabel(/^Rolle/)).toHaveValue("Prosjektleder");
  await expectAccessible(page);

  await page.getByLabel("E-post", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Legg til kontaktperson" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitasjonen er sendt til ${email}.` })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Kontaktpersoner hos arbeidsgiveren" }).getByRole("cell", { name: "Mona Byggvik" }),
  ).toBeVisible();
  await expectAccessible(page);

  await visit(page, "/dev/outbox");
  const link = page.getByRole("link", { name: `Åpne lenken i e-posten til ${email}` }).first();
  const href = await link.getAttribute("href");
  expect(href).toContain("/api/auth/callback/resend");

  // The invitee, in a browser of their own, lands on their home page as the employer.
  const invitee = await browser.newContext({ locale: "nb-NO" });
  const theirPage = await invitee.newPage();
  await theirPage.goto(href!);
  await theirPage.waitForURL("**/home");
  await expect(theirPage.getByText("Arbeidsgiver, Fjordkanten Bygg AS")).toBeVisible();
  const contact = theirPage.getByRole("complementary", { name: "Din kontaktperson i kommunen:" });
  await expect(contact).toContainText("Jonas Kvamsdal, Bergen kommune, integreringstjenesten");
  await expect(contact.getByRole("link", { name: "jonas.kvamsdal@bergen.kommune.example" })).toBeVisible();
  await expectAccessible(theirPage);
  await invitee.close();
});

test("a bad organization number gets a message at the field", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenJobSpecialist.name);
  await visit(page, "/employers?q=Sandviken");
  await page.getByRole("link", { name: "Sandviken Renhold AS" }).click();
  await page.getByRole("link", { name: "Endre opplysninger om arbeidsgiveren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Endre Sandviken Renhold AS" })).toBeVisible();
  await expectAccessible(page);
  const field = page.getByLabel("Organisasjonsnummer");
  await field.fill("123 456 789");
  await page.getByLabel(/^Område/).fill("Sandviken");
  await page.getByRole("button", { name: "Lagre opplysningene" }).click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Skriv et organisasjonsnummer på 9 siffer.").first()).toBeVisible();
  await expect(field).toHaveValue("123 456 789");
  await expect(page.getByLabel(/^Område/)).toHaveValue("Sandviken");
  await expectAccessible(page);
});

test("an employer sees their municipality contact on every page and cannot reach the employer list", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  await expect(page.getByRole("complementary", { name: "Din kontaktperson i kommunen:" })).toContainText(
    "Jonas Kvamsdal",
  );
  await expectAccessible(page);
  const response = await page.goto("/employers");
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});
