import { expect, request, test } from "@playwright/test";
import { DEMO, DEMO_FAIRS, visit } from "./helpers";

// Every link in every kind of email in the demo outbox works on this server, which listens on a
// port other than 3000 (E2E_PORT, 3100 by default): built from APP_URL, never a hard-coded host.
// Runs after the specs before it in the alphabet have sent most kinds of email; the weekly digest
// is put in the outbox here.
test("every kind of email in the outbox links to a page of this server that answers", async ({ page }) => {
  test.setTimeout(180_000);
  const base = test.info().project.use.baseURL!;
  expect(new URL(base).port).not.toBe("3000");
  // Three kinds at least, also when this spec runs alone: a sign-in link, a fair registration, the digest.
  await visit(page, "/sign-in");
  await page.getByLabel("E-postadresse").fill(DEMO.bergenJobSpecialist.email);
  await page.getByRole("button", { name: "Send innloggingslenke" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
  await visit(page, `/fairs/${DEMO_FAIRS.bergenUpcoming.id}`);
  await page.getByLabel("Fullt navn").fill("Lenke Testesen");
  await page.getByLabel("E-postadresse").fill(`lenke.${Date.now()}@example.org`);
  await page.getByLabel("Høyeste fullførte utdanning").selectOption({ label: "Bachelorgrad" });
  await page.getByLabel("Yrke du ønsker å jobbe i").fill("Building and related electricians (7411)");
  await page.getByLabel("Hvor godt snakker du norsk?").selectOption("B1");
  await page.getByLabel("Jeg har lest hvordan opplysningene mine brukes.").check();
  await page.getByRole("button", { name: "Meld meg på" }).click();
  await page.waitForURL(/\/registered\?/, { timeout: 10_000 });
  await visit(page, "/dev/outbox");
  await page.getByRole("button", { name: "Send ukens oppsummering nå" }).click();
  await expect(page.getByRole("status").filter({ hasText: /lagt i utboksen/ })).toBeVisible();

  const mails = await page.getByRole("listitem").evaluateAll((items) =>
    items.map((li) => ({
      // The heading is the subject; the template is what the links of one kind share.
      subject: li.querySelector("h2")?.textContent ?? "",
      href: li.querySelector("a")?.getAttribute("href") ?? null,
    })),
  );
  const linked = mails.filter((m): m is { subject: string; href: string } => m.href !== null);
  expect(linked.length).toBeGreaterThan(10);
  // One kind of email: the link's path with ids and tokens taken out.
  const kindOf = (href: string) =>
    new URL(href).pathname
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ":id")
      .replace(/[A-Za-z0-9_-]{32,}/g, ":token");
  const kinds = new Map<string, string[]>();
  for (const m of linked) {
    expect(m.href.startsWith(`${base}/`), `${m.subject}: ${m.href}`).toBe(true);
    kinds.set(kindOf(m.href), [...(kinds.get(kindOf(m.href)) ?? []), m.href]);
  }
  expect(kinds.size).toBeGreaterThanOrEqual(3);

  // Each link in a fresh context, as the recipient would open it from their mail program: a
  // signed-in page leads to sign-in, a token link to its page. A link whose registration was
  // deleted since (a test deletes one) is a 404, so each kind needs one link that answers 200.
  for (const [kind, hrefs] of kinds) {
    const statuses: number[] = [];
    for (const href of hrefs.slice(0, 3)) {
      const ctx = await request.newContext({ baseURL: base });
      const res = await ctx.get(href);
      statuses.push(res.status());
      await ctx.dispose();
    }
    expect(
      statuses.every((s) => s < 500),
      `${kind}: ${statuses.join(", ")}`,
    ).toBe(true);
    expect(statuses, kind).toContain(200);
  }
});
