import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 AA scan of the page as it is now; zero violations allowed. */
export async function expectAccessible(page: Page): Promise<void> {
  // Every page title names the page and the app. Waiting for it also lets streamed metadata land before the scan.
  await expect(page).toHaveTitle(/^(.+ – )?Lagspill$/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Goes to a page, checks it is accessible and returns nothing: every visit is scanned. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectAccessible(page);
}

export const DEMO = {
  bergenAdmin: { name: "Ragnhild Fossdal", email: "ragnhild.fossdal@bergen.kommune.example" },
  bergenConsultant: { name: "Jonas Kvamsdal", email: "jonas.kvamsdal@bergen.kommune.example" },
  bergenJobSpecialist: { name: "Leyla Brattebø", email: "leyla.brattebo@bergen.kommune.example" },
  bergenEmployer: { name: "Torstein Helleland", email: "torstein@fjordkanten-bygg.example" },
  bergenAssociation: { name: "Marit Solheimsvik", email: "marit@naeringsforum-bergen.example" },
  bergenPartner: { name: "Eirik Nesttun", email: "eirik.nesttun@nav.example" },
  trondheimAdmin: { name: "Sunniva Lerkendal", email: "sunniva.lerkendal@trondheim.kommune.example" },
  trondheimEmployer: { name: "Ola Tillerdal", email: "ola@nidelva-bygg.example" },
} as const;

/** Signs in with a demo account button on the sign-in page and waits for the home page. */
export async function signInAsDemo(page: Page, name: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: new RegExp(name) }).click();
  await page.waitForURL("**/home");
}
