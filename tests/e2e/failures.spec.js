// Bad network and bad responses give a clear message with "Try again", never a blank page.
// A deep link carries its item in the page; an item reached by client-side navigation is
// fetched, and that fetch is what can fail.
import { expect, test } from "@playwright/test";
import { navigateToItem, openPage, watchConsole } from "./helpers.js";

const HUB = "/back-pain";
const TITLE = "Spinal Manipulation";
const ITEM = "/back-pain/spinal-manipulation";
const ITEM_JSON = "**/content/back-pain/spinal-manipulation.json";
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

test("a missing JSON file (404) is an error state", async ({ page }) => {
  await page.route(ITEM_JSON, (route) => route.fulfill({ status: 404, body: "Not found" }));
  await openItemByLink(page);
  await expect(page.getByRole("alert")).toContainText("not found on the server (error 404)");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
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
