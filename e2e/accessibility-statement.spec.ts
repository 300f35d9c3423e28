import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, expectAccessible, visit } from "./helpers";

/** Presses Tab until `target` has focus: a keyboard-only path to it, with no mouse and no focus(). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

const footerLink = (page: Page, name: string) => page.getByRole("contentinfo").getByRole("link", { name });

test("the accessibility statement is public, linked from the footer, and in both languages", async ({ page }) => {
  await visit(page, "/");
  await footerLink(page, "Tilgjengelighetserklæring").click();
  await expect(page).toHaveURL(/\/tilgjengelighet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tilgjengelighetserklæring" })).toBeVisible();
  await expectAccessible(page);
  const table = page.getByRole("table", { name: /Suksesskriteriene i WCAG 2\.1/ });
  await expect(table.locator("tbody tr")).toHaveCount(48);
  await expect(table.getByRole("row").filter({ hasText: "2.2.1" })).toContainText("Delvis oppfylt");
  await expect(page.getByRole("link", { name: "uu@kommune.example" })).toHaveAttribute(
    "href",
    "mailto:uu@kommune.example",
  );
  await expect(page.getByText(/Ikke gjort: test med skjermleser/)).toBeVisible();

  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: /WCAG 2\.1 success criteria/ })
      .getByRole("row")
      .filter({ hasText: "1.4.3" }),
  ).toContainText("Met");
  await expectAccessible(page);

  await visit(page, "/sign-in");
  await expect(footerLink(page, "Accessibility statement")).toBeVisible();
});

test("a keyboard-only journey: sign in, the footer link, and the email language chosen on My account", async ({
  page,
  browser,
}) => {
  await visit(page, "/sign-in");
  await tabTo(page, page.getByRole("button", { name: new RegExp(DEMO.bergenConsultant.name) }));
  await page.keyboard.press("Enter");
  await page.waitForURL("**/home");
  await expectAccessible(page);
  await expect(footerLink(page, "Tilgjengelighetserklæring")).toHaveAttribute("href", "/tilgjengelighet");

  await tabTo(page, page.getByRole("link", { name: "Min konto" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Min konto" })).toBeVisible();
  await expectAccessible(page);
  const language = page.getByLabel("Språk i e-post og på sidene");
  await tabTo(page, language);
  await page.keyboard.press("ArrowDown");
  await expect(language).toHaveValue("en");
  await tabTo(page, page.getByRole("button", { name: "Lagre endringene" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expectAccessible(page);

  // The sign-in link follows the stored language, also when asked for from a page in bokmål.
  const newestLinkTo = async (email: string) => {
    const other = await browser.newContext({ locale: "nb-NO" });
    const p = await other.newPage();
    await p.goto("/sign-in");
    await p.getByLabel("E-postadresse").fill(email);
    await p.getByRole("button", { name: "Send innloggingslenke" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
    await p.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
    const newest = await p.getByRole("listitem").first().innerText();
    await other.close();
    return newest;
  };
  expect(await newestLinkTo(DEMO.bergenConsultant.email)).toContain("Your sign-in link for Lagspill");

  // The header's language switch stores the choice too: back to bokmål, and so is the email.
  await page.getByRole("button", { name: "Switch to Norsk (bokmål)" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  expect(await newestLinkTo(DEMO.bergenConsultant.email)).toContain("Innloggingslenken din til Lagspill");
});
