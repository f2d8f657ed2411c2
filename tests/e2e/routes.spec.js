// Routes: every page type, titles and descriptions, client navigation, history, focus.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openItem, openPage, showSiteMenu, watchConsole } from "./helpers.js";

const BRAND = "Brightwell Health";

const pages = [
  { path: "/", h1: BRAND, title: `Clear, careful health information you can read with ease | ${BRAND}` },
  { path: "/back-pain", h1: "Back Pain Health Center", title: `Back Pain Health Center | ${BRAND}` },
  { path: "/sleep", h1: "Sleep Health Center", title: `Sleep Health Center | ${BRAND}` },
  { path: "/back-pain/spinal-manipulation", h1: "Spinal Manipulation", title: `Spinal Manipulation | Back Pain Health Center | ${BRAND}` },
  { path: "/back-pain/back-pain-myths", h1: "Back Pain Myths", title: `Back Pain Myths | Back Pain Health Center | ${BRAND}` },
  { path: "/sleep/insomnia", h1: "Insomnia", title: `Insomnia | Sleep Health Center | ${BRAND}` },
  { path: "/saved", h1: "Saved", title: `Saved | ${BRAND}` },
  { path: "/about", h1: "About this site", title: `About this site | ${BRAND}` },
];

for (const { path, h1, title } of pages) {
  test(`${path} has one <h1> in <main>, its title and a description`, async ({ page }) => {
    const console = watchConsole(page);
    await openPage(page, path);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("main h1")).toHaveText(h1);
    await expect(page).toHaveTitle(title);
    const description = await page.locator('meta[name="description"]').last().getAttribute("content");
    expect(description.length).toBeGreaterThan(20);
    await expect(page.locator("header.site-header")).toBeVisible();
    await expect(page.locator("footer.site-footer")).toBeVisible();
    console.check();
  });
}

for (const path of ["/no-such-page", "/back-pain/no-such-article", "/back-pain/spinal-manipulation/extra"]) {
  test(`${path} shows "Page not found" with links home`, async ({ page }) => {
    await openPage(page, path);
    await expect(page.locator("main h1")).toHaveText("Page not found");
    await expect(page).toHaveTitle(`Page not found | ${BRAND}`);
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page.locator("main h1")).toHaveText(BRAND);
  });
}

test("the About page says, from site.json, where the information comes from, how often it is reviewed and what it cannot do", async ({ page }) => {
  const site = JSON.parse(readFileSync(new URL("../../content/site.json", import.meta.url), "utf8"));
  await openItem(page, "/sleep/insomnia");
  // Reached from every page's footer, by client navigation into its own chunk.
  await page.locator("footer.site-footer").getByRole("link", { name: "About this site" }).click();
  await expect(page).toHaveURL(/\/about$/);
  const main = page.locator("main");
  await expect(main.locator("h1")).toHaveText("About this site");
  await expect(main.locator(".lead")).toHaveText(site.description);
  await expect(main.getByText(site.source_line, { exact: true })).toBeVisible();
  await expect(main).toContainText(`due for review ${site.review_interval_months} months after their last review`);
  for (const paragraph of site.disclaimer) await expect(main.getByText(paragraph, { exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`About this site | ${site.brand}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/about$/);
  await main.getByRole("link", { name: "A to Z of topics" }).click();
  await expect(page.locator("main h1")).toHaveText("A to Z of topics");
});

test("the hub lists its sections with item cards linking to /{center}/{slug}", async ({ page }) => {
  await openPage(page, "/back-pain");
  await expect(page.getByRole("heading", { level: 2, name: "Understanding back pain" })).toBeVisible();
  const links = page.locator(".card__title a");
  expect(await links.count()).toBeGreaterThanOrEqual(12);
  await expect(page.getByRole("link", { name: "Spinal Manipulation", exact: true })).toHaveAttribute("href", "/back-pain/spinal-manipulation");
  for (const img of await page.locator(".card__image").all()) {
    expect(await img.getAttribute("width")).toBeTruthy();
    expect(await img.getAttribute("height")).toBeTruthy();
  }
});

test("header shows the brand and the current center; breadcrumbs show the trail", async ({ page, isMobile }) => {
  await openItem(page, "/sleep/insomnia");
  await showSiteMenu(page);
  const header = page.locator("header.site-header");
  await expect(header.getByRole("link", { name: BRAND })).toHaveAttribute("href", "/");
  await expect(header.getByRole("link", { name: "Sleep Health Center" })).toHaveAttribute("href", "/sleep");
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  if (isMobile) {
    // Phones show the way up only.
    await expect(crumbs.getByRole("listitem")).toHaveText(["Sleep Health Center"]);
  } else {
    await expect(crumbs.getByRole("listitem")).toHaveText(["Home", "Sleep Health Center", "Insomnia"].map((t) => new RegExp(t)));
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText("Insomnia");
  }
});

test("client-side navigation does not reload the page, and back/forward work", async ({ page }) => {
  const console = watchConsole(page);
  await openPage(page, "/");
  await page.evaluate(() => (window.__sameDocument = true));
  await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).click();
  await expect(page).toHaveURL(/\/back-pain$/);
  await page.getByRole("link", { name: "Spinal Manipulation", exact: true }).click();
  await expect(page.locator("main h1")).toHaveText("Spinal Manipulation");
  await expect(page).toHaveTitle(/^Spinal Manipulation \|/);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);

  await page.goBack();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  await page.goBack();
  await expect(page.locator("main h1")).toHaveText(BRAND);
  await page.goForward();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  console.check();
});

test("reloading a deep link shows the same article", async ({ page }) => {
  await openItem(page, "/back-pain/low-back-pain");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Low Back Pain");
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
});

test("after a client navigation focus moves to the new <h1> and the page is at the top", async ({ page }) => {
  await openItem(page, "/back-pain/spinal-manipulation");
  const link = page.getByRole("link", { name: "Read the How to Protect Your Back article" });
  await link.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await link.click();
  await expect(page.locator("main h1")).toHaveText("How to Protect Your Back");
  await expect(page.locator("main h1")).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(5);
});

test('"Skip to content" is the first focusable element and moves focus into <main>', async ({ page, isMobile }) => {
  test.skip(isMobile, "keyboard path");
  await openPage(page, "/back-pain");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  const focusedInMain = await page.evaluate(() => document.querySelector("main").contains(document.activeElement));
  expect(focusedInMain).toBe(true);
  await expect(page).toHaveURL(/\/back-pain$/);
  await page.keyboard.press("Tab");
  const nextInMain = await page.evaluate(() => document.querySelector("main").contains(document.activeElement));
  expect(nextInMain).toBe(true);
});
