import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

const TARGET = "Høyeste antall deltakere per jobbspesialist";
const RETENTION = "Antall måneder opplysningene skal oppbevares etter programslutt";

test("a municipality admin changes the caseload target: a bad value is refused, a good one saved", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await visit(page, "/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Innstillinger for kommunen" })).toBeVisible();
  const target = page.getByLabel(TARGET);
  const before = await target.inputValue();
  const retention = await page.getByLabel(RETENTION).inputValue();

  await target.fill("45");
  await page.getByRole("button", { name: "Lagre innstillingene" }).click();
  const message = "Skriv et helt antall deltakere fra 5 til 30.";
  // The message sits under the field (linked to it) and in the summary, which takes focus.
  await expect(page.getByLabel(TARGET)).toHaveAccessibleDescription(new RegExp(message.replace(".", "\\.")));
  await expect(page.getByRole("alert").filter({ hasText: "Rett opp dette" })).toBeFocused();
  await expect(page.getByRole("link", { name: `${TARGET}: ${message}` })).toBeVisible();
  await expect(page.getByLabel(TARGET)).toHaveValue("45");
  await expect(page.getByLabel(RETENTION)).toHaveValue(retention);
  await expectAccessible(page);

  // Nothing was saved.
  await visit(page, "/settings");
  await expect(page.getByLabel(TARGET)).toHaveValue(before);

  const next = before === "12" ? "14" : "12";
  await page.getByLabel(TARGET).fill(next);
  await page.getByRole("button", { name: "Lagre innstillingene" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Innstillingene er lagret." })).toBeVisible();
  await expect(page.getByLabel(TARGET)).toHaveValue(next);
  await expect(page.getByText(/^Sist lagret /)).toBeVisible();
  await expectAccessible(page);

  await visit(page, "/settings");
  await expect(page.getByLabel(TARGET)).toHaveValue(next);
  await expect(page.getByLabel(RETENTION)).toHaveValue(retention);
});

test("a consultant gets 404 on the settings page", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const response = await page.goto("/settings");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page);
});
