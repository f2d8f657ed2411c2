// A site with more centers than the site index names (target/dist-other: the shipped 2 and 10
// generated, built by make test's build checks). Every page carries the names of the first 8
// only; a center beyond them is named from the data of the page that shows it, also after
// client navigation, when that data arrives after the page has changed.
import { expect, test } from "@playwright/test";
import { LARGE_SITE_PORT } from "./playwright.config.js";
import { expectNoAxeViolations, horizontalOverflow, openPage, recordMutations, showSiteMenu, watchConsole } from "./helpers.js";

test.use({ baseURL: `http://127.0.0.1:${LARGE_SITE_PORT}` });

const FAR = "Generated Topic 10 Health Center";

test("the footer names 8 centers and links to all 12; the home page lists all 12", async ({ page }) => {
  const console = watchConsole(page);
  await openPage(page, "/back-pain/spinal-manipulation");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: /Health Center$/ })).toHaveCount(8);
  await footer.getByRole("link", { name: "All 12 health centers" }).click();
  await expect(page.locator("main h1")).toHaveText("Other Health");
  // Opened by a link, the home page fetched its list of every center.
  await expect(page.locator(".center-list__item")).toHaveCount(12);
  await expect(page.locator("main").getByRole("link", { name: FAR })).toBeVisible();
  await expectNoAxeViolations(page);
  console.check();
});

test("a center beyond the first 8, reached by links, is named in its hub, the header and the breadcrumbs", async ({ page }) => {
  const console = watchConsole(page);
  await openPage(page, "/");
  await page.locator("main").getByRole("link", { name: FAR }).click();
  await expect(page.locator("main h1")).toHaveText(FAR);
  await showSiteMenu(page);
  await expect(page.locator("header").getByRole("link", { name: FAR })).toHaveAttribute("href", "/topic-10");
  await page.locator("main").getByRole("link", { name: "Generated Article 340", exact: true }).click();
  await expect(page.locator("main h1")).toHaveText("Generated Article 340");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: FAR })).toBeVisible();
  // On a phone a followed link closes the menu.
  await showSiteMenu(page);
  await expect(page.locator("header").getByRole("link", { name: FAR })).toHaveAttribute("href", "/topic-10");
  console.check();
});

test("from search results, the header names the center once the article's data has come", async ({ page }) => {
  const console = watchConsole(page);
  // Search knows nothing of centers' names: the article's own data names its center.
  await openPage(page, "/search?q=generated+article+339");
  const result = page.locator("main").getByRole("link", { name: "Generated Article 339", exact: true });
  await expect(result).toBeVisible();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/content/topic-10/article-339.json", async (route) => {
    await held;
    await route.continue();
  });
  await result.click();
  await expect(page.locator("main").getByRole("status")).toContainText("Loading");
  await showSiteMenu(page);
  await expect(page.locator("header").getByRole("link", { name: FAR })).toHaveCount(0);
  release();
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
  await expect(page.locator("header").getByRole("link", { name: FAR })).toHaveAttribute("href", "/topic-10");
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: FAR })).toBeVisible();
  console.check();
});

// The A–Z in pages of 250: this site's 356 items are 2 pages, the 340 "Generated …" titles
// spanning both.
test("the A–Z is 2 pages that lead to each other, and its letters lead to the page of each", async ({ page }) => {
  const console = watchConsole(page);
  await openPage(page, "/a-z");
  await expect(page.locator(".topic-list li")).toHaveCount(250);
  await expect(page.locator("main .lead")).toHaveText("All 356 articles and slideshows, by title: page 1 of 2.");
  const pager = page.getByRole("navigation", { name: "Pages of the A to Z" });
  await expect(pager).toContainText("Page 1 of 2");
  await expect(pager.getByRole("link", { name: "Previous page" })).toHaveCount(0);
  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/a-z\/2$/);
  await expect(page.getByRole("heading", { name: "G (continued)" })).toBeVisible();
  await expect(page.locator(".topic-list li")).toHaveCount(106);
  await expect(page).toHaveTitle(/^A to Z of topics, page 2 \| /);
  await expect(page.locator("main h1")).toBeFocused();
  await expectNoAxeViolations(page);
  // Back on page 1 by its link, then to a letter whose items are all on page 2.
  await page.getByRole("navigation", { name: "Pages of the A to Z" }).getByRole("link", { name: "Previous page" }).click();
  await expect(page).toHaveURL(/\/a-z$/);
  await expect(page.locator(".topic-list li")).toHaveCount(250);
  await page.getByRole("navigation", { name: "Letters" }).getByRole("link", { name: "S", exact: true }).click();
  await expect(page).toHaveURL(/\/a-z\/2#letter-s$/);
  await expect(page.getByRole("heading", { name: "S", exact: true })).toBeInViewport();
  expect(await horizontalOverflow(page)).toBe(0);
  console.check();
});

test("page 2 of the A–Z, opened by its address, does not change when the app takes it over", async ({ page }) => {
  await page.addInitScript(recordMutations);
  await page.goto("/a-z/2");
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__mutations)).toEqual([]);
  await expect(page.locator(".topic-list li")).toHaveCount(106);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the A–Z's pages and letters are plain links", async ({ page }) => {
    await page.goto("/a-z/2");
    await expect(page.locator(".topic-list li")).toHaveCount(106);
    await page.getByRole("link", { name: "Previous page" }).click();
    await expect(page).toHaveURL(/\/a-z\/?$/);
    await page.getByRole("navigation", { name: "Letters" }).getByRole("link", { name: "W", exact: true }).click();
    await expect(page).toHaveURL(/\/a-z\/2\/?#letter-w$/);
    await expect(page.getByRole("heading", { name: "W", exact: true })).toBeInViewport();
  });
});
