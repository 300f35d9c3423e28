import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signInAsDemo } from "./helpers";

test("switching to English is kept across pages, and back", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${DEMO.bergenConsultant.name}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Organization" }).click();
  await expect(page.getByRole("columnheader", { name: "Role" })).toBeVisible();
  await expect(page.getByRole("table").getByText("Consultant").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Switch to Norsk (bokmål)" }).click();
  await expect(page.getByRole("columnheader", { name: "Rolle" })).toBeVisible();
});

test.describe("an English browser", () => {
  test.use({ locale: "en-US" });

  test("gets English without choosing, with English role labels on the demo accounts", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    for (const role of [
      "Consultant",
      "Job specialist",
      "Municipality admin",
      "Employer",
      "Association staff",
      "Partner",
    ]) {
      await expect(page.getByRole("button", { name: new RegExp(`, ${role}`) }).first()).toBeVisible();
    }
    await expectAccessible(page);
    await page.getByLabel("Email address").fill("not-an-email");
    await page.getByRole("button", { name: "Send sign-in link" }).click();
    await expect(page.getByText("Type a valid email address, for example name@company.no.").first()).toBeVisible();
  });
});
