import { expect, test, type Page } from "@playwright/test";
import { demoAccounts } from "../db/seed/data";
import { DEMO, signInAsDemo } from "./helpers";

// Every link a demo person's pages render leads somewhere: none answers 404 or a server error.
// Breadth-first from home. A few pages of each address pattern are opened to collect their links;
// every other link is checked with a plain GET (status only), so one role takes well under two minutes.
// Not a journey, so no axe scan here: the role journeys scan the pages they visit.

/** Links that end the session, erase something or belong to Auth.js are never followed. */
const SKIP = [/^\/api\/auth(\/|$)/, /sign-?out/i, /delete|erase|slett/i];
/** Files (calendar, CSV, JSON exports) are fetched, never opened as a page. */
const FILE = /^\/api\/|\.(ics|csv|json|pdf)$/i;
const OPENED_PER_PATTERN = 3;
const CHECKED_PER_PATTERN = 5;
const PARALLEL_CHECKS = 4;

/** The address with its ids and query values left out, e.g. /participants/:id?page; only for the caps above. */
function pattern(url: URL): string {
  const path = url.pathname
    .split("/")
    .map((s) => (/^[0-9a-f]{8}-[0-9a-f-]{27}$|^\d+$/i.test(s) ? ":id" : s))
    .join("/");
  const keys = [...new Set(url.searchParams.keys())].sort().join("&");
  return keys ? `${path}?${keys}` : path;
}

/** The status of a GET; once more if the server closed a kept-alive connection just as it was reused. */
async function statusOf(page: Page, url: string): Promise<number> {
  try {
    return (await page.request.get(url, { maxRedirects: 5 })).status();
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return (await page.request.get(url, { maxRedirects: 5 })).status();
  }
}

const isBroken = (status: number) => status === 404 || status >= 500;

async function linksOn(page: Page): Promise<{ href: string; download: boolean }[]> {
  return page
    .locator("a[href]")
    .evaluateAll((as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, download: a.hasAttribute("download") })),
    );
}

// Pages are opened only to read the links the server rendered: without scripts there is no hydration
// and no router prefetch to load the server. The demo sign-in is a plain form, so it works without them.
test.use({ javaScriptEnabled: false });

// Which links a page renders and where they lead is the code's, not the database's: checked once, on
// the PGlite run, to keep CI short.
test.skip(Boolean(process.env.E2E_DATABASE_URL), "the link check runs once, on PGlite");

// The operator (/admin) too: a demo account of her own, with no organization.
for (const person of [...demoAccounts, { ...DEMO.operator, role: "operator" }]) {
  test(`every link shown to ${person.name} (${person.role}) answers`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAsDemo(page, person.name);
    const origin = new URL(page.url()).origin;
    const seen = new Set<string>([page.url()]);
    const opened = new Map<string, number>();
    const checked = new Map<string, number>();
    const toOpen: { url: string; from: string }[] = [];
    const failures: string[] = [];
    let count = 0;

    const bump = (caps: Map<string, number>, key: string) => caps.set(key, (caps.get(key) ?? 0) + 1);
    const path = (url: string) => url.slice(origin.length) || "/";

    /** Queues or checks every new same-origin link of the page now shown. */
    async function follow(from: string): Promise<void> {
      const toCheck: string[] = [];
      for (const link of await linksOn(page)) {
        const url = new URL(link.href);
        url.hash = "";
        if (url.origin !== origin || SKIP.some((s) => s.test(url.pathname)) || seen.has(url.href)) continue;
        seen.add(url.href);
        const key = pattern(url);
        const file = link.download || FILE.test(url.pathname);
        if (!file && (opened.get(key) ?? 0) < OPENED_PER_PATTERN) {
          bump(opened, key);
          toOpen.push({ url: url.href, from });
        } else if ((checked.get(key) ?? 0) < CHECKED_PER_PATTERN) {
          bump(checked, key);
          toCheck.push(url.href);
        }
      }
      for (let i = 0; i < toCheck.length; i += PARALLEL_CHECKS) {
        await Promise.all(
          toCheck.slice(i, i + PARALLEL_CHECKS).map(async (url) => {
            const status = await statusOf(page, url);
            count++;
            if (isBroken(status)) failures.push(`${from} → ${path(url)}: ${status}`);
          }),
        );
      }
    }

    await follow(path(page.url()));
    for (let next = toOpen.shift(); next; next = toOpen.shift()) {
      const response = await page.goto(next.url, { waitUntil: "domcontentloaded" });
      count++;
      const status = response?.status() ?? 0;
      if (isBroken(status)) failures.push(`${next.from} → ${path(next.url)}: ${status}`);
      else await follow(path(next.url));
    }

    test.info().annotations.push({ type: "links", description: `${count} addresses answered` });
    expect(count, "the crawl reached the role's pages").toBeGreaterThan(3);
    expect(failures, "page → link that answers 404 or a server error").toEqual([]);
  });
}
