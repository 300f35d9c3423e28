import { expect, test, type Locator, type Page } from "@playwright/test";
import { namesField } from "../lib/forms/rules";
import { DEMO, DEMO_FAIRS, DEMO_PARTICIPANTS, expectAccessible, signInAsDemo, visit } from "./helpers";

/**
 * Submits a form as it stands and checks Aksel's error summary: the form's first element, focused,
 * every line a link to a field of the form that names that field (by the label the page shows),
 * in the order of the fields. Returns the lines.
 */
async function submitAndCheckSummary(page: Page, form: Locator): Promise<string[]> {
  await form.locator('button[type="submit"]').last().click();
  const summary = form.locator("[data-error-summary]");
  await expect(summary).toBeFocused();
  // React puts the server action's hidden inputs first; the first thing anyone sees is the summary.
  const first = await form.evaluate(
    (f) => [...f.children].find((c) => !(c instanceof HTMLInputElement && c.type === "hidden"))?.outerHTML ?? "",
  );
  expect(first, "the summary is the form's first element").toMatch(/^<div[^>]*data-error-summary/);
  const links = summary.getByRole("link");
  const lines = (await links.allTextContents()).map((l) => l.trim());
  expect(lines.length).toBeGreaterThan(0);
  const targets = await links.evaluateAll(
    (as, f) => {
      const formEl = f as HTMLFormElement;
      return as.map((a) => {
        const el = formEl.querySelector(a.getAttribute("href") ?? "#none");
        if (!el) return { label: "", top: -1 };
        const text = (n: Element | null | undefined) => {
          if (!n) return "";
          const copy = n.cloneNode(true) as Element;
          copy.querySelectorAll("[data-label-extra]").forEach((x) => x.remove());
          return copy.textContent?.trim() ?? "";
        };
        const radio = el instanceof HTMLInputElement && el.type === "radio";
        const label = radio
          ? text(el.closest("fieldset")?.querySelector("legend"))
          : text((el as HTMLInputElement).labels?.[0]);
        return { label, top: el.getBoundingClientRect().top + window.scrollY };
      });
    },
    await form.elementHandle(),
  );
  lines.forEach((line, i) => {
    expect(targets[i].label, `the field of «${line}» is in the form and labelled`).not.toBe("");
    expect(namesField(targets[i].label.replace(/:$/, ""), line), `«${line}» names «${targets[i].label}»`).toBe(true);
    expect(line).not.toMatch(/\?:/);
  });
  const tops = targets.map((t) => t.top);
  expect(tops, "lines in form order").toEqual([...tops].sort((a, b) => a - b));
  await expectAccessible(page);
  return lines;
}

const formWith = (page: Page, button: string) =>
  page.locator("form", { has: page.getByRole("button", { name: button }) });

test("sign-in: the empty email is named in the summary", async ({ page }) => {
  await visit(page, "/sign-in");
  const lines = await submitAndCheckSummary(page, formWith(page, "Send innloggingslenke"));
  expect(lines).toEqual(["E-postadresse: Fyll ut feltet."]);
});

test("participant form: the summary is on top, names every field in form order, and an empty date is required", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/participants/new");
  const lines = await submitAndCheckSummary(page, formWith(page, "Lagre deltaker"));
  expect(lines).toEqual([
    "Fornavn: Fyll ut feltet.",
    "Etternavn: Fyll ut feltet.",
    "Fødselsår: Fyll ut feltet.",
    "Sluttdato: Fyll ut feltet.",
  ]);
  await expect(page.locator("#programmeEnd-error")).toHaveText("Fyll ut feltet.");

  // Something unparsable typed: now the format message, still named.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByLabel("Fornavn").fill("Amal");
  await page.getByLabel("Fødselsår").fill("19");
  const again = await submitAndCheckSummary(page, formWith(page, "Lagre deltaker"));
  expect(again[0]).toBe("Etternavn: Fyll ut feltet.");
  expect(again[1]).toMatch(/fødselsår/i);
  expect(again).not.toContain("Fornavn: Fyll ut feltet.");
});

test("participant form in English names its fields too, and a save moves focus to the confirmation", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await page.goto("/participants/new");
  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.getByRole("button", { name: "Save participant" })).toBeVisible();
  const form = formWith(page, "Save participant");
  const lines = await submitAndCheckSummary(page, form);
  expect(lines[0]).toBe("First name: Fill in the field.");
  expect(lines).toContain("End date: Fill in the field.");

  await page.getByLabel("First name").fill("Focus");
  await page.getByLabel("Last name").fill(`Test${Date.now() % 100000}`);
  await page.getByLabel("Year of birth").fill("1990");
  await page.getByLabel("End date").fill("2028-06-30");
  await form.locator('button[type="submit"]').click();
  const status = page.getByRole("status").filter({ hasText: "registered" });
  await expect(status).toBeFocused();
  await page.getByRole("button", { name: "Switch to Norsk (bokmål)" }).click();
});

test("slot, event, contact log, action item and invitation forms: summary first, every line named", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/slots/new");
  await submitAndCheckSummary(page, formWith(page, "Lagre plassen"));
  await visit(page, `/participants/${DEMO_PARTICIPANTS.bergenConsultantInJob.id}/contacts/new`);
  await submitAndCheckSummary(page, formWith(page, "Lagre kontakten"));

  await page.context().clearCookies();
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, "/events/new");
  await submitAndCheckSummary(page, formWith(page, "Lagre arrangementet"));

  // The secretariat records the council's action items.
  await visit(page, "/council/actions/new");
  await submitAndCheckSummary(page, formWith(page, "Lagre punktet"));

  await page.context().clearCookies();
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await visit(page, "/people");
  await submitAndCheckSummary(page, formWith(page, "Send invitasjon"));
});

test("public fair registration on a phone: the summary is first and names the question without '?:'", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await visit(page, `/fairs/${DEMO_FAIRS.bergenUpcoming.id}`);
  const lines = await submitAndCheckSummary(page, formWith(page, "Meld meg på"));
  expect(lines.join("\n")).toMatch(/Fullt navn/);
  expect(lines.join("\n")).toMatch(/E-postadresse/);
});

for (const width of [1280, 360]) {
  test(`an occupation filter that matches nothing says so instead of listing everyone (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    await signInAsDemo(page, DEMO.bergenConsultant.name);
    await visit(page, "/participants?wish=renhold");
    await expect(page.locator("#wish-error")).toHaveText("Fant ikke yrket «renhold». Velg fra listen.");
    await expect(page.getByLabel("Ønsket yrke")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("status").filter({ hasText: "ikke filtrert på ønsket yrke" })).toBeVisible();

    await visit(page, "/slots?occupation=renhold");
    await expect(page.locator("#occupation-error")).toHaveText("Fant ikke yrket «renhold». Velg fra listen.");
    await expect(page.getByRole("status").filter({ hasText: "ikke filtrert på yrke" })).toBeVisible();

    // A real occupation filters without a message.
    await visit(page, "/participants?wish=9112");
    await expect(page.locator("#wish-error")).toHaveCount(0);
  });
}

test("every page has a favicon", async ({ request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toContain("image/");
  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
});
