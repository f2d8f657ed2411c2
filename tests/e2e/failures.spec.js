// Bad network and bad responses give a clear message with "Try again", never a blank page.
// A deep link carries its data in the page; a hub or item reached by client-side navigation
// has its data file fetched, and that fetch is what can fail.
import { expect, test } from "@playwright/test";
import { navigateToItem, openPage, watchConsole } from "./helpers.js";

const HUB = "/back-pain";
const TITLE = "Spinal Manipulation";
const ITEM = "/back-pain/spinal-manipulation";
const ITEM_JSON = "**/content/back-pain/spinal-manipulation.json";
const CENTER_JSON = "**/content/back-pain/_center.json";
const openItemByLink = (page) => navigateToItem(page, HUB, TITLE);

test("a blocked request shows an error with Try again, and retrying loads the article", async ({ page }) => {
  let block = true;
  await page.route(ITEM_JSON, (route) => (block ? route.abort("internetdisconnected") : route.continue()));
  await openItemByLink(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("could not reach the server");
  await expect(page.locator("main h1")).toHaveText("Spinal Manipulation");

  block = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "What it is" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a data file the server does not have (404) shows the not-found page", async ({ page }) => {
  await page.route(ITEM_JSON, (route) => route.fulfill({ status: 404, body: "Not found" }));
  await openPage(page, HUB);
  await page.locator("main").getByRole("link", { name: TITLE, exact: true }).first().click();
  await expect(page.locator("main h1")).toHaveText("Page not found");
  await expect(page.locator("main").getByRole("link", { name: "Back Pain Health Center" })).toBeVisible();
});

test("a server error (500) is an error state with Try again", async ({ page }) => {
  await page.route(ITEM_JSON, (route) => route.fulfill({ status: 500, body: "Oops" }));
  await openItemByLink(page);
  await expect(page.getByRole("alert")).toContainText("could not send this page's content (error 500)");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
});

test("client navigation into a center whose index is not loaded fetches it once", async ({ page }) => {
  let requests = 0;
  page.on("request", (r) => r.url().endsWith("/content/back-pain/_center.json") && requests++);
  await openPage(page, ITEM);
  await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).first().click();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  await expect(page.locator("main").getByRole("link", { name: "Sciatica", exact: true })).toBeVisible();
  await expect(page).toHaveTitle("Back Pain Health Center | Brightwell Health");
  await page.locator("main").getByRole("link", { name: "Sciatica", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
  await page.goBack();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  expect(requests).toBe(1);
});

test("a failed center index shows the same error and Try again as a failed item", async ({ page }) => {
  let block = true;
  await page.route(CENTER_JSON, (route) => (block ? route.abort("internetdisconnected") : route.continue()));
  await openPage(page, ITEM);
  await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).first().click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("could not reach the server");
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  block = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("main").getByRole("link", { name: "Sciatica", exact: true })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("an HTML page where JSON was expected (a host's fallback page) is detected", async ({ page }) => {
  await page.route(ITEM_JSON, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><html></html>" }));
  await openItemByLink(page);
  await expect(page.getByRole("alert")).toContainText("sent a web page where this page's content was expected");
});

test("malformed JSON is reported, not a crash", async ({ page }) => {
  const console = watchConsole(page);
  await page.route(ITEM_JSON, (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"slug": "spinal-manipulation"' }));
  await openItemByLink(page);
  await expect(page.getByRole("alert")).toContainText("could not be read");
  console.check();
});

test("while the article loads, the page shows progress and reserves space", async ({ page }) => {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(ITEM_JSON, async (route) => {
    await released;
    await route.continue();
  });
  await openItemByLink(page);
  const status = page.getByRole("status").filter({ hasText: "Loading" });
  await expect(status).toBeVisible();
  const box = await status.boundingBox();
  expect(box.height).toBeGreaterThan(300);
  release();
  await expect(page.getByRole("heading", { name: "What it is" })).toBeVisible();
});

test("a deep link needs no fetch: the page carries its item", async ({ page }) => {
  let requests = 0;
  page.on("request", (r) => r.url().includes("/content/") && requests++);
  await openPage(page, ITEM);
  await expect(page.getByRole("heading", { name: "What it is" })).toBeVisible();
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("button", { name: "Save article" })).toHaveAttribute("aria-pressed", "true");
  expect(requests).toBe(0);
});

test("an article is fetched once per session and then served from memory", async ({ page }) => {
  let requests = 0;
  page.on("request", (r) => r.url().endsWith("/content/back-pain/spinal-manipulation.json") && requests++);
  await openItemByLink(page);
  await expect(page.getByRole("heading", { name: "What it is" })).toBeVisible();
  await page.getByRole("link", { name: "Low Back Pain" }).first().click();
  await expect(page.locator("main h1")).toHaveText("Low Back Pain");
  await page.goBack();
  await expect(page.getByRole("heading", { name: "What it is" })).toBeVisible();
  expect(requests).toBe(1);
});
