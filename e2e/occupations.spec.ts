import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

const unique = () => String(Date.now()).slice(-6);

/** English for the rest of the test, by the language cookie only: the demo user's own setting stays. */
async function useEnglish(page: Page) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL(page.url()).origin }]);
}

/** Types into an occupation field and picks the suggestion with the keyboard. */
async function pickByTyping(page: Page, field: string, query: string, option: string) {
  const input = page.getByRole("combobox", { name: field });
  await input.fill(query);
  const listbox = page.getByRole("listbox").filter({ visible: true });
  await expect(listbox.getByRole("option").first()).toHaveText(option);
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await expectAccessible(page);
  await input.press("ArrowDown");
  await expect(input).toHaveAttribute("aria-activedescendant", /option-0$/);
  await input.press("Enter");
  await expect(input).toHaveValue(option);
  await expect(input).toHaveAttribute("aria-expanded", "false");
}

test("an employer finds «kokk» in bokmål, browses the job categories with the keyboard, and sees the English title in English", async ({
  page,
}) => {
  const title = `Kokk ${unique()}`;
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  await visit(page, "/slots/new");
  await pickByTyping(page, "Yrke", "kokk", "Kokker (5120)");

  // The same field from the job categories: Bla i yrkeskategorier → Reiseliv og mat → Kokker.
  const input = page.getByRole("combobox", { name: "Yrke" });
  await input.fill("");
  const browse = page.getByText("Bla i yrkeskategorier");
  await browse.focus();
  await page.keyboard.press("Enter");
  const category = page.getByText("Reiseliv og mat", { exact: true });
  await expect(category).toBeVisible();
  await category.focus();
  await page.keyboard.press("Enter");
  const group = page.getByRole("group", { name: "Kokk", exact: true });
  await expect(group.getByRole("button", { name: "Kokker (5120)" })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Bakere, konditorer mv. (7512)" })).toBeFocused();
  await group.getByRole("button", { name: "Kokker (5120)" }).focus();
  await page.keyboard.press("Enter");
  await expect(input).toHaveValue("Kokker (5120)");
  await expect(input).toBeFocused();
  await expect(category).toBeHidden();

  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Arbeidsoppgaver").fill("Forberede lunsj i kantina.");
  await page.getByLabel("Startdato").fill("2030-05-01");
  await page.getByLabel("Sluttdato").fill("2030-10-31");
  await page.getByLabel("Timer per uke").fill("30");
  await page.getByRole("button", { name: "Lagre plassen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Kokker (5120)")).toBeVisible();
  await expectAccessible(page);
  const slotPath = new URL(page.url()).pathname;

  await useEnglish(page);
  await visit(page, slotPath);
  await expect(page.getByText("Cooks (5120)")).toBeVisible();
  await visit(page, `${slotPath}/edit`);
  await expect(page.getByRole("combobox", { name: "Occupation" })).toHaveValue("Cooks (5120)");
  // English words find bokmål-only words too, and the categories have English names.
  await pickByTyping(page, "Occupation", "sveis", "Welders and flamecutters (7212)");
  await page.getByText("Browse job categories").click();
  await expect(page.getByText("Tourism and food", { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("a consultant picks wishes in bokmål on the participant form and sees them in English", async ({ page }) => {
  const last = `Kokk${unique()}`;
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/participants/new");
  await page.getByLabel("Fornavn").fill("Samir");
  await page.getByLabel("Etternavn").fill(last);
  await page.getByLabel("Fødselsår").fill("1990");
  await page.getByLabel("Sluttdato").fill("2028-06-30");
  await pickByTyping(page, "Ønske 1", "kokk", "Kokker (5120)");
  await pickByTyping(page, "Ønske 2", "renhold", "Renholdere i bedrifter (9112)");
  await page.getByRole("button", { name: "Lagre deltaker" }).click();
  await expect(page.getByText("Deltakeren er registrert.")).toBeVisible();
  await expect(page.getByText("Kokker (5120)")).toBeVisible();
  await expect(page.getByText("Renholdere i bedrifter (9112)")).toBeVisible();
  await expectAccessible(page);
  const recordPath = new URL(page.url()).pathname;

  await useEnglish(page);
  await visit(page, recordPath);
  await expect(page.getByText("Cooks (5120)")).toBeVisible();
  await expect(page.getByText("Cleaners and helpers in offices, hotels and other establishments (9112)")).toBeVisible();
  await visit(page, `${recordPath}/edit`);
  await expect(page.getByRole("combobox", { name: "Wish 1" })).toHaveValue("Cooks (5120)");
  await pickByTyping(page, "Wish 3", "cook", "Cooks (5120)");
});
