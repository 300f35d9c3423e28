import { expect, test, type Locator, type Page } from "@playwright/test";
import { backToBokmal, DEMO, DEMO_FAIRS, DEMO_PARTICIPANTS, signInAsDemo, visit } from "./helpers";

const PHONE = { width: 360, height: 740 };

/** Nothing on the page is wider than the screen: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** The element is on the screen horizontally: its right edge within the phone's width. */
async function expectWithinWidth(locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
}

test("on a 360 px phone a consultant opens and closes the menu, and the header stays small", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/home");
  await expectNoSidewaysScroll(page);

  const menuButton = page.getByRole("button", { name: "Meny" });
  const nav = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeHidden();
  // The list of the page starts near the top instead of 580 px down.
  expect((await page.locator("header").boundingBox())!.height).toBeLessThan(100);

  await menuButton.click();
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(`#${await menuButton.getAttribute("aria-controls")}`)).toBeVisible();
  await expect(nav.getByRole("link", { name: "Oversikt" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await visit(page, "/home"); // a fresh page starts closed again
  await expect(nav).toBeHidden();

  // Keyboard: Enter opens, Escape closes and leaves focus on the button.
  await menuButton.focus();
  await page.keyboard.press("Enter");
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Oversikt" }).focus();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");

  // Following a link closes the menu on the next page.
  await menuButton.click();
  await nav.getByRole("link", { name: "Oppfølging" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oppfølging som forfaller" })).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
});

test("on a 360 px phone the follow-ups are cards with the due date and the actions on the screen", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/follow-ups");
  await expectNoSidewaysScroll(page);

  const first = page.locator("table tbody tr").first();
  await expect(page.getByRole("columnheader", { name: "Frist" })).toBeHidden();
  // Each value is named on the card, since the column headers are gone.
  const due = first.locator('td[data-label="Frist"]');
  await expectWithinWidth(due);
  // Weekday and date, as on the wide table ("tir. 17. nov.").
  await expect(due).toHaveText(/^\p{L}+\.? \d{1,2}\. \p{L}+/u);
  await expectWithinWidth(first.getByRole("button", { name: /^Marker som gjort/ }));
  await expectWithinWidth(first.getByRole("link", { name: /^Logg kontakt/ }));
  expect((await due.boundingBox())!.y).toBeLessThan(PHONE.height * 2);
});

test("on a 360 px phone the participant filters fold away and say how many are in use", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/participants");
  await expectNoSidewaysScroll(page);

  const filters = page.getByRole("button", { name: "Filtre", exact: true });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByLabel("Søk etter navn")).toBeHidden();
  // The first participant is on the first screen, not 1,700 px down.
  const firstName = page.locator("table tbody tr").first().getByRole("link").first();
  await expect(firstName).toBeInViewport();
  await expectWithinWidth(page.locator("table tbody tr").first().locator('td[data-label="Neste oppfølging"]'));

  await filters.click();
  await expect(filters).toHaveAttribute("aria-expanded", "true");
  await page.getByLabel("Status").selectOption({ label: "Permisjon" });
  await page.getByRole("button", { name: "Vis deltakere" }).click();
  await expect(page).toHaveURL(/status=on_leave/);
  const used = page.getByRole("button", { name: "Filtre (1 i bruk)" });
  await expect(used).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("link", { name: DEMO_PARTICIPANTS.bergenConsultantOnLeave.name })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await used.click();
  await expect(page.getByLabel("Status")).toHaveValue("on_leave");
  await visit(page, "/participants?status=on_leave");
});

test("on a 360 px phone the public fair page fits the screen", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, `/fairs/${DEMO_FAIRS.bergenUpcoming.id}`);
  await expectNoSidewaysScroll(page);
  await expectWithinWidth(page.getByRole("button", { name: "Meld meg på" }));
});

test("in English the phone menu and the filters speak English", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await page.getByRole("button", { name: "Meny" }).click();
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
  await visit(page, "/participants?status=on_leave&norwegianLevel=A2");
  await expect(page.getByRole("button", { name: "Filters (2 in use)" })).toBeVisible();
  await page.getByRole("button", { name: "Menu" }).click();
  await backToBokmal(page);
});

test("at 1280 px the lists are tables, the menu and the filters are open, and there is no menu button", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/follow-ups");
  await expect(page.getByRole("button", { name: "Meny" })).toBeHidden();
  await expect(
    page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Deltakere" }),
  ).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Frist" })).toBeVisible();
  const due = page.locator("table tbody tr").first().locator('td[data-label="Frist"]');
  // A table cell, not a card: no label of its own beside the value.
  expect(await due.evaluate((td) => getComputedStyle(td).display)).toBe("table-cell");

  await visit(page, "/participants");
  await expect(page.getByRole("columnheader", { name: "Navn" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Filtre/ })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Filtrer listen" })).toBeVisible();
  await expect(page.getByLabel("Søk etter navn")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test("on a 360 px phone the menu and the filters are simply open", async ({ browser, baseURL }) => {
    // Sign in with JavaScript, then look at the pages in a context without it.
    const signIn = await browser.newContext({ baseURL });
    const signInPage = await signIn.newPage();
    await signInAsDemo(signInPage, DEMO.bergenConsultant.name);
    const storageState = await signIn.storageState();
    await signIn.close();
    const context = await browser.newContext({ baseURL, storageState, javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/participants");
    await expect(
      page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Oppfølging" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Meny" })).toBeHidden();
    await expect(page.getByLabel("Søk etter navn")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Filtrer listen" })).toBeVisible();
    await context.close();
  });
});
