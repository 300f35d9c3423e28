import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers";

// Run with E2E_DEMO_MODE=0 (npm run test:e2e:no-demo): production without DEMO_MODE.
test.describe("with demo mode off @no-demo", () => {
  test("the sign-in page lists no demo accounts", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Demokontoer" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("the outbox page answers 404", async ({ page }) => {
    const response = await page.goto("/dev/outbox");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  });

  test("demo sign-in answers 404", async ({ request }) => {
    const res = await request.post("/sign-in/demo", {
      form: { email: "ragnhild.fossdal@bergen.kommune.example", callbackUrl: "/home" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(404);
  });

  test("the check-email page does not point to the outbox", async ({ page }) => {
    await page.goto("/sign-in/check-email");
    await expect(page.getByRole("link", { name: /utboksen/ })).toHaveCount(0);
  });
});
