// Search and the A–Z: the header's form, the search page (its own wasm module, loaded only
// there), results with marked snippets, the address as the query, failures, keyboard use,
// accessibility, the CSP, JavaScript off and the sub-path build.
import { expect, test } from "@playwright/test";
import { SUBPATH_PORT } from "./playwright.config.js";
import { expectNoAxeViolations, openPage, showSiteMenu, watchConsole } from "./helpers.js";

const field = (page) => page.locator("#search-page-field");
const results = (page) => page.locator(".search-result");
const status = (page) => page.locator(".search-status");

async function openSearch(page, query) {
  await openPage(page, `/search?q=${encodeURIComponent(query)}`);
  await expect(status(page)).not.toHaveText(/^$|Searching/);
}

test("search from the header: the results page shows title, center, kind and a marked snippet", async ({ page }) => {
  const console = watchConsole(page);
  const engineRequests = [];
  page.on("request", (request) => request.url().includes("search-engine-") && engineRequests.push(request.url()));
  await openPage(page, "/back-pain");
  expect(engineRequests, "the search module is not downloaded until a reader searches").toEqual([]);
  await showSiteMenu(page);
  await page.getByRole("searchbox", { name: "Search this site" }).fill("sciatica");
  await page.getByRole("searchbox", { name: "Search this site" }).press("Enter");
  await expect(page).toHaveURL(/\/search\/?\?q=sciatica$/);
  await expect(page.locator("main h1")).toHaveText("Search results for “sciatica”");
  await expect(page).toHaveTitle("Search results for “sciatica” | Brightwell Health");
  await expect(status(page)).toHaveText(/^\d+ results? for “sciatica”$/);
  const first = results(page).first();
  await expect(first.getByRole("heading", { level: 2 })).toHaveText("Sciatica");
  await expect(first.locator(".search-result__meta")).toHaveText("Back Pain Health Center · Article");
  await expect(first.locator("mark").first()).toHaveText(/^sciatica$/i);
  expect(engineRequests.length).toBeGreaterThan(0);
  // A result is a link into the site.
  await first.getByRole("link", { name: "Sciatica" }).click();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  console.check();
});

test("typing searches again and keeps the address; reload and back bring the same results", async ({ page }) => {
  await openSearch(page, "insomnia");
  await field(page).fill("stretches");
  await expect(page).toHaveURL(/q=stretches$/);
  await expect(status(page)).toHaveText(/results? for “stretches”/);
  // Another form of the word is found and marked as written.
  await expect(page.locator(".search-result mark").first()).toHaveText(/^stretch/i);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  await expect(field(page)).toHaveValue("stretches");
  await expect(status(page)).toHaveText(/results? for “stretches”/);
  const title = await results(page).first().getByRole("heading").textContent();
  await results(page).first().getByRole("link").click();
  await expect(page.locator("main h1")).toHaveText(title);
  await page.goBack();
  await expect(field(page)).toHaveValue("stretches");
  await expect(results(page).first().getByRole("heading")).toHaveText(title);
});

test("a typo still finds the page, and a word the site lacks gets suggestions and the A–Z", async ({ page }) => {
  await openSearch(page, "sciatia");
  await expect(results(page).first().getByRole("heading")).toHaveText("Sciatica");
  await field(page).fill("slxxp");
  await expect(status(page)).toHaveText("No results for “slxxp”");
  await expect(page.getByRole("heading", { name: "Did you mean" })).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "A to Z of topics" })).toBeVisible();
  await page.getByRole("link", { name: "sleep", exact: true }).click();
  await expect(field(page)).toHaveValue("sleep");
  await expect(status(page)).toHaveText(/\d+ results? for “sleep”/);
  await expect(page).toHaveURL(/q=sleep$/);
});

test("keyboard only: type, then Tab to the first result and follow it", async ({ page }) => {
  await openPage(page, "/search");
  await field(page).focus();
  await page.keyboard.type("heat ice");
  await expect(status(page)).toHaveText(/results? for “heat ice”/);
  await page.keyboard.press("Tab"); // the Search button
  await page.keyboard.press("Tab"); // the first result
  await expect(page.locator(":focus")).toHaveText("Heat and Cold for Back Pain");
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText("Heat and Cold for Back Pain");
});

test("when the search module cannot be downloaded, the page says so and Try again works", async ({ page }) => {
  await page.route("**/assets/search-engine-*", (route) => route.abort());
  await openPage(page, "/search?q=sciatica");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Search is not available");
  await page.unroute("**/assets/search-engine-*");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(results(page).first().getByRole("heading")).toHaveText("Sciatica");
  await expect(alert).toBeHidden();
});

test("when the index cannot be fetched, the results area says so and Try again works", async ({ page }) => {
  await page.route("**/search/t/**", (route) => route.abort());
  await openPage(page, "/search?q=sciatica");
  const alert = page.getByRole("alert").filter({ hasText: "Search is not available right now" });
  await expect(alert).toContainText("We could not reach the server");
  await page.unroute("**/search/t/**");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(results(page).first().getByRole("heading")).toHaveText("Sciatica");
});

test("search runs under the CSP with no violations", async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openSearch(page, "sleep");
  await field(page).fill("spinal manipulation");
  await expect(results(page).first().getByRole("heading")).toHaveText("Spinal Manipulation");
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test("the search page with results, with no results, and the A–Z have no axe violations", async ({ page }) => {
  await openSearch(page, "back pain");
  await expectNoAxeViolations(page);
  await field(page).fill("slxxp");
  await expect(status(page)).toHaveText("No results for “slxxp”");
  await expectNoAxeViolations(page);
  await openPage(page, "/a-z");
  await expectNoAxeViolations(page);
});

test("the A–Z lists every item under its letter, with a row of letters to jump to", async ({ page, request }) => {
  const topics = await (await request.get("/content/a-z/1.json")).json();
  const count = topics.letters.reduce((sum, group) => sum + group.items.length, 0);
  await openPage(page, "/a-z");
  await expect(page.locator(".topic-list li")).toHaveCount(count);
  await page.getByRole("navigation", { name: "Letters" }).getByRole("link", { name: "S", exact: true }).click();
  await expect(page).toHaveURL(/#letter-s$/);
  await expect(page.getByRole("heading", { name: "S", exact: true })).toBeInViewport();
  await page.getByRole("link", { name: "Sciatica" }).click();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  // Linked from every page's footer.
  await expect(page.locator(".site-footer").getByRole("link", { name: "A to Z of topics" })).toBeVisible();
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the header has no search form, the search page points to the A–Z, and the A–Z works", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(".site-header__search")).toBeHidden();
    await page.goto("/search?q=sciatica");
    await expect(page.locator(".search-unavailable")).toContainText("Search needs JavaScript");
    await expect(page.locator(".search-unavailable").getByRole("button")).toBeHidden();
    await page.locator(".search-unavailable").getByRole("link", { name: "A to Z of topics" }).click();
    await expect(page.locator("main h1")).toHaveText("A to Z of topics");
    await page.getByRole("link", { name: "Insomnia" }).click();
    await expect(page.locator("main h1")).toHaveText("Insomnia");
  });
});

test.describe("under the /health/ sub-path", () => {
  test.use({ baseURL: `http://127.0.0.1:${SUBPATH_PORT}` });

  test("search finds pages and links to them under the sub-path", async ({ page }) => {
    await openPage(page, "/health/search?q=insomnia");
    await expect(status(page)).toHaveText(/results? for “insomnia”/);
    const link = results(page).first().getByRole("link");
    await expect(link).toHaveAttribute("href", "/health/sleep/insomnia");
    await link.click();
    await expect(page.locator("main h1")).toHaveText("Insomnia");
    await page.goBack();
    await expect(page).toHaveURL(/\/health\/search\?q=insomnia$/);
  });
});
