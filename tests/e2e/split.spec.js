// The app split by page (issue 23): the article's code is the main module; the home page, a
// hub, Saved and the A–Z each come as a chunk of their own, and so do two parts of an item
// page that most items lack: a slideshow's, and an article's tables. A deep link loads exactly its
// page's chunks before the app takes the page over (hydration.spec.js checks that nothing
// changes); client navigation into a cold chunk shows the loading frame at once and fetches
// the chunk and the page's data side by side; a chunk that does not come offers "Try again";
// and every chunk is in the service worker's shell, so every page type opens offline.
import { readdirSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations, openItem, openPage, watchConsole } from "./helpers.js";

const ITEM = "/back-pain/spinal-manipulation";
const CHUNK = /\/assets\/(split|chunk)-[a-z0-9-]+\.wasm$/;
const HUB_CHUNK = /\/assets\/split-hub-page-[0-9a-f]{16}\.wasm$/;
const SLIDESHOW_CHUNK = /\/assets\/split-slideshow-part-[0-9a-f]{16}\.wasm$/;
const SLIDESHOW = "/back-pain/back-pain-myths";
const WITH_TABLE = "/back-pain/pain-relievers-for-back-pain";
const PAGE_CHUNKS = ["split-hub-page", "split-home-page", "split-saved-page", "split-topics-page", "split-slideshow-part", "split-table-part"];

/** The chunk files (their names without the hash) a page requests. */
function watchChunks(page) {
  const seen = [];
  page.on("request", (request) => {
    const url = new URL(request.url()).pathname;
    if (CHUNK.test(url)) seen.push(url.replace(/^.*\/assets\//, "").replace(/-[0-9a-f]{16}\.wasm$/, ""));
  });
  return seen;
}

test("an article loads no chunk, and each other page type only its own", async ({ page }) => {
  const console = watchConsole(page);
  const seen = watchChunks(page);
  await openItem(page, ITEM);
  expect(seen).toEqual([]);
  for (const [path, own] of [
    ["/back-pain", "split-hub-page"],
    ["/", "split-home-page"],
    ["/a-z", "split-topics-page"],
    ["/saved", "split-saved-page"],
    ["/about", "split-about-page"],
    [SLIDESHOW, "split-slideshow-part"],
    [WITH_TABLE, "split-table-part"],
  ]) {
    seen.length = 0;
    await openPage(page, path);
    expect(seen, path).toContain(own);
    for (const other of PAGE_CHUNKS.filter((chunk) => chunk !== own)) expect(seen, path).not.toContain(other);
    // Preloaded by the page itself, so each chunk is requested once.
    expect(new Set(seen).size, path).toBe(seen.length);
  }
  console.check();
});

test("the head tags' code comes only when a reader moves to another page, once, and gives that page its head", async ({ page }) => {
  const console = watchConsole(page);
  const seen = watchChunks(page);
  await openItem(page, ITEM);
  const description = () => page.locator('meta[name="description"]').getAttribute("content");
  const first = { title: await page.title(), description: await description() };
  // The pre-rendered head is the page's own: nothing to load, nothing changed.
  await page.waitForTimeout(300);
  expect(seen).toEqual([]);
  expect(await page.title()).toBe(first.title);
  await page.locator("main").getByRole("link", { name: "Low Back Pain", exact: true }).first().click();
  await expect(page.locator("main h1")).toHaveText("Low Back Pain");
  await expect(page).toHaveTitle("Low Back Pain | Back Pain Health Center | Brightwell Health");
  expect(await description()).not.toBe(first.description);
  expect(seen).toEqual(["split-head-tags"]);
  await page.goBack();
  await expect(page).toHaveTitle(first.title);
  expect(await description()).toBe(first.description);
  expect(seen, "loaded once").toEqual(["split-head-tags"]);
  console.check();
});

test("client navigation into a cold chunk shows the loading frame, and fetches the chunk and the data side by side", async ({ page }) => {
  await openItem(page, ITEM);
  const started = {};
  let release;
  const held = new Promise((resolve) => (release = resolve));
  page.on("request", (request) => {
    const url = request.url();
    if (HUB_CHUNK.test(url)) started.chunk ??= Date.now();
    if (url.endsWith("/content/back-pain/_center.json")) started.data ??= Date.now();
  });
  // The hub's own chunk is held back until the test lets it go.
  await page.route(HUB_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).first().click();
  await expect(page.locator("main").getByRole("status")).toContainText("Loading the content");
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  // The frame is the page's own: its breadcrumbs above the heading, its title in the tab.
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(page).toHaveTitle("Back Pain Health Center | Brightwell Health");
  const headingTop = await page.locator("main h1").evaluate((h1) => h1.getBoundingClientRect().top);
  await expect.poll(() => started.data !== undefined && started.chunk !== undefined, { message: "both requests under way" }).toBe(true);
  expect(page.url()).toMatch(/\/back-pain\/?$/);
  release();
  await expect(page.locator("main").getByRole("link", { name: "Sciatica", exact: true })).toBeVisible();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  expect(await page.locator("main h1").evaluate((h1) => h1.getBoundingClientRect().top), "the heading stays where the frame had it").toBe(headingTop);
  await expect(page.locator("main").getByRole("link", { name: "Sciatica", exact: true })).toBeVisible();
  await expect(page).toHaveTitle("Back Pain Health Center | Brightwell Health");
  await expect(page.locator("main").getByRole("status")).toHaveCount(0);
});

test("a chunk that cannot be fetched says so, with Try again that works", async ({ page }) => {
  const console = watchConsole(page);
  await openItem(page, ITEM);
  let block = true;
  await page.route(HUB_CHUNK, (route) => (block ? route.abort("internetdisconnected") : route.continue()));
  await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).first().click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("could not reach the server to open this page");
  await expectNoAxeViolations(page);
  block = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  await expect(page.locator("main").getByRole("link", { name: "Sciatica", exact: true })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  // The failed fetch is the browser's own console line; nothing of the app's.
  expect(console.problems.filter((line) => !line.includes("Failed to load resource") && !line.includes("failed to load split module") && !line.includes("TypeError"))).toEqual([]);
});

test("client navigation into a slideshow whose chunk is cold shows the page at once, its slides once the chunk comes", async ({ page }) => {
  const console = watchConsole(page);
  await openPage(page, "/back-pain");
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(SLIDESHOW_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.locator("main").getByRole("link", { name: "Back Pain Myths" }).first().click();
  await expect(page.locator("main h1")).toHaveText("Back Pain Myths");
  // The rest of the page is there; only the slides wait for their code.
  await expect(page.locator("main").getByRole("status").filter({ hasText: "Loading the content" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Save slideshow/ })).toBeVisible();
  release();
  const slideshow = page.locator("main .slideshow");
  await expect(slideshow.locator(".slideshow__status")).toHaveText(/^Slide 1 of \d+$/);
  await slideshow.getByRole("button", { name: "Next" }).click();
  await expect(slideshow.locator(".slideshow__status")).toHaveText(/^Slide 2 of \d+$/);
  await expect(page.locator("main").getByRole("status").filter({ hasText: "Loading" })).toHaveCount(0);
  console.check();
});

test("a part whose chunk cannot be fetched says so in its place, with Try again that works", async ({ page }) => {
  await openPage(page, "/back-pain");
  let block = true;
  await page.route(SLIDESHOW_CHUNK, (route) => (block ? route.abort("internetdisconnected") : route.continue()));
  await page.locator("main").getByRole("link", { name: "Back Pain Myths" }).first().click();
  const alert = page.locator("main").getByRole("alert");
  await expect(alert).toContainText("This part of the page could not be loaded");
  await expect(page.locator("main h1")).toHaveText("Back Pain Myths");
  await expectNoAxeViolations(page);
  block = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("main .slideshow__status")).toHaveText(/^Slide 1 of \d+$/);
  await expect(page.locator("main").getByRole("alert")).toHaveCount(0);
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("a page type never opened before opens offline by client navigation: its chunk is in the shell", async ({ page, context }) => {
    await openItem(page, ITEM);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    const chunks = await page.evaluate(async () => {
      const keys = await caches.keys();
      const names = [];
      for (const key of keys) for (const request of await (await caches.open(key)).keys()) names.push(new URL(request.url).pathname);
      return names.filter((name) => /\/assets\/split-[a-z-]+-[0-9a-f]{16}\.wasm$/.test(name)).length;
    });
    // Every page and part chunk the app has, and the head tags' (components/page_meta.rs).
    const built = readdirSync(new URL("../../dist/assets/", import.meta.url)).filter((name) => /^split-.*\.wasm$/.test(name));
    expect(built.length).toBeGreaterThanOrEqual(8);
    expect(chunks).toBe(built.length);
    await context.setOffline(true);
    // The brand link opens the home page from the chunk and the list of centers the worker keeps.
    await page.locator(".site-header").getByRole("link", { name: /Brightwell Health/ }).first().click();
    await expect(page.locator("main h1")).toHaveText("Brightwell Health");
    await expect(page.locator("main").getByRole("link", { name: "Back Pain Health Center" })).toBeVisible();
    await context.setOffline(false);
  });
});
