// Moving between pages without a reload (src/navigation): which clicks the app follows and
// which it leaves to the browser, fragments, aria-current, and back/forward to where the
// reader was. (routes.spec.js covers every page type, titles and focus.)
import { expect, test } from "@playwright/test";
import { openItem, openPage, showSiteMenu, watchConsole } from "./helpers.js";

const HUB = "/back-pain";

/** Marks the document, so that a later check tells a client navigation from a page load. */
const markDocument = (page) => page.evaluate(() => (window.__sameDocument = true));
const sameDocument = (page) => page.evaluate(() => window.__sameDocument === true);

/** Adds a link to the end of <main> (outside the app's own nodes' order) and returns it. */
async function addLink(page, attributes, text) {
  await page.evaluate(
    ([attributes, text]) => {
      const link = Object.assign(document.createElement("a"), { textContent: text });
      for (const [name, value] of Object.entries(attributes)) link.setAttribute(name, value);
      document.querySelector("footer").append(link);
    },
    [attributes, text],
  );
  return page.getByRole("link", { name: text, exact: true });
}

test("back and forward return to where the reader was on each page", async ({ page }) => {
  const console = watchConsole(page);
  await openPage(page, HUB);
  await markDocument(page);
  const card = page.locator(".card__title a").last();
  await card.scrollIntoViewIfNeeded();
  const hubScroll = await page.evaluate(() => window.scrollY);
  expect(hubScroll).toBeGreaterThan(200);
  const title = (await card.textContent()).trim();
  await card.click();
  await expect(page.locator("main h1")).toHaveText(title);
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(5);
  await page.evaluate(() => window.scrollTo(0, 400));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(400);

  await page.goBack();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(hubScroll);
  await page.goForward();
  await expect(page.locator("main h1")).toHaveText(title);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(400);
  // Focus goes to the heading without moving the page back to the top.
  await expect(page.locator("main h1")).toBeFocused();
  expect(await sameDocument(page)).toBe(true);
  console.check();
});

test("a link to a fragment of another page shows that page at the fragment", async ({ page }) => {
  await openPage(page, HUB);
  await markDocument(page);
  const link = await addLink(page, { href: "/back-pain/spinal-manipulation#sources-heading" }, "Sources of the article");
  await link.click();
  await expect(page).toHaveURL(/\/back-pain\/spinal-manipulation#sources-heading$/);
  const sources = page.getByRole("heading", { name: "Sources" });
  await expect(sources).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  expect(await sameDocument(page)).toBe(true);
});

test("new tabs, downloads, files and other sites are left to the browser", async ({ page, context, isMobile }) => {
  await openPage(page, HUB);
  await markDocument(page);
  // A modifier-click opens the page in a new tab or window; this one stays as it was.
  if (!isMobile) {
    const opened = context.waitForEvent("page");
    await page.locator(".card__title a").first().click({ modifiers: ["Shift"] });
    await (await opened).close();
    await expect(page).toHaveURL(/\/back-pain$/);
  }
  const newTab = context.waitForEvent("page");
  await (await addLink(page, { href: "/sleep", target: "_blank" }, "Sleep in a new tab")).click();
  const tab = await newTab;
  await expect(tab).toHaveURL(/\/sleep$/);
  await tab.close();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  // A file of the site is the server's to answer, not a "Page not found" of the app's.
  await (await addLink(page, { href: "/sitemap.xml" }, "Site map file")).click();
  await expect(page).toHaveURL(/\/sitemap\.xml$/);
  expect(await page.evaluate(() => document.contentType)).toMatch(/xml/);
});

test("a download link is left to the browser", async ({ page }) => {
  await openPage(page, HUB);
  const download = page.waitForEvent("download");
  await (await addLink(page, { href: "/sitemap.xml", download: "" }, "Download the site map")).click();
  expect((await download).suggestedFilename()).toBe("sitemap.xml");
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
});

test("the header marks the page shown with aria-current, after client navigation too", async ({ page }) => {
  await openItem(page, "/back-pain/spinal-manipulation");
  await showSiteMenu(page);
  const nav = page.getByRole("navigation", { name: "Site" });
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
  await nav.getByRole("link", { name: "A to Z" }).click();
  await expect(page.locator("main h1")).toHaveText(/A to Z/);
  await showSiteMenu(page);
  await expect(nav.getByRole("link", { name: "A to Z" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
});

test("a fragment of the page shown is the browser's, and back returns to the place left", async ({ page }) => {
  await openItem(page, "/back-pain/spinal-manipulation");
  await markDocument(page);
  await page.evaluate(() => window.scrollTo(0, 300));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(300);
  // Clicked where it is (a reader's tap would not scroll the page first, as Playwright's does).
  await (await addLink(page, { href: "#sources-heading" }, "Jump to the sources")).evaluate((link) => link.click());
  await expect(page).toHaveURL(/#sources-heading$/);
  await expect(page.getByRole("heading", { name: "Sources" })).toBeInViewport();
  await page.goBack();
  await expect(page).toHaveURL(/\/spinal-manipulation$/);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(300);
  expect(await sameDocument(page)).toBe(true);
});
