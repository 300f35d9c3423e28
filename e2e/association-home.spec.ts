import { expect, test } from "@playwright/test";
import { COUNCIL_NAME } from "../db/seed/council-data";
import { EVENT_IDS } from "../db/seed/events-data";
import { DEMO, expectAccessible, signInAsDemo } from "./helpers";

// The association's home page says where its coming fair stands: sign-ups, stands and whether
// the interview schedule is out, each a link to the page that changes it.
test("association staff see their coming fair's status on the home page and open its schedule", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await expectAccessible(page);
  const fairs = page.getByRole("region", { name: "Karrieretorgene deres" });
  const fair = fairs.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Karrieretorg for/ }) });
  await expect(fair).toHaveCount(1);
  await expect(fair.getByRole("link", { name: /^Påmeldte kandidater: \d+ av \d+$/ })).toHaveAttribute(
    "href",
    `/events/${EVENT_IDS.bergenUpcoming}/candidates`,
  );
  await expect(fair.getByRole("link", { name: /^Stands: \d+ av \d+$/ })).toBeVisible();
  const schedule = fair.getByRole("link", { name: /^Intervjuplanen er (publisert|ikke publisert ennå)$/ });

  await page.setViewportSize({ width: 360, height: 740 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await schedule.click();
  await expect(page).toHaveURL(new RegExp(`/events/${EVENT_IDS.bergenUpcoming}/schedule$`));
  await expect(page.getByRole("heading", { level: 1, name: "Intervjuplan" })).toBeVisible();
  await expectAccessible(page);
});

test("a partner gets the council card, not the fair status", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await expect(page.getByRole("region", { name: COUNCIL_NAME })).toBeVisible();
  await expect(page.getByRole("region", { name: "Karrieretorgene deres" })).toHaveCount(0);
});
