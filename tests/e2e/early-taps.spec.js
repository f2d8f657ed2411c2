// No dead taps: a page is painted before its wasm has arrived, and a tap on one of the app's
// buttons in that time takes effect once the app has started (public/keep-early-taps.js keeps
// it; the bootstrap replays it), while the button shows that it is getting ready.
import { expect, test } from "@playwright/test";
import { showReadingControls, watchConsole } from "./helpers.js";

const ARTICLE = "/back-pain/spinal-manipulation";

/** Holds the app's wasm (not the search engine's) back until the returned function is called. */
async function holdTheAppWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/\/health-center-[^/]*_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const started = (page) => page.evaluate(() => document.documentElement.dataset.app === "started");

test("taps before the app has started take effect once it has, once each, in order", async ({ page }) => {
  const console = watchConsole(page);
  const release = await holdTheAppWasm(page);
  await page.goto(ARTICLE);
  await expect(page.locator("main h1")).toHaveText("Spinal Manipulation");
  await showReadingControls(page);
  const increase = page.getByRole("button", { name: "Increase text size" });
  const save = page.getByRole("button", { name: "Save article" });
  await increase.click();
  await increase.click();
  await save.click();
  expect(await started(page), "the wasm is still held back").toBe(false);
  // Nothing has happened yet, and both buttons say they are getting ready.
  await expect(page.locator("html")).not.toHaveAttribute("data-text-size", /.*/);
  await expect(save).toHaveAttribute("aria-pressed", "false");
  for (const button of [increase, save]) {
    await expect(button).toHaveAttribute("data-early-tap", "");
    expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("dashed");
  }

  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  // Two taps on a button that was getting ready count as one: 100 % → 112 %, not 125 %.
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "112");
  await expect(page.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 112%");
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("[data-early-tap]")).toHaveCount(0);
  // Once started, a tap acts at once, as any other.
  await increase.click();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "125");
  console.check();
});

test("links and the menus work before the app has started, and are not replayed", async ({ page }) => {
  const release = await holdTheAppWasm(page);
  await page.goto(ARTICLE);
  await expect(page.locator("main h1")).toHaveText("Spinal Manipulation");
  // A native disclosure opens without the app; nothing is kept for it.
  await showReadingControls(page);
  await expect(page.getByRole("button", { name: "Increase text size" })).toBeVisible();
  const kept = await page.evaluate(() => window.__hcEarlyTaps.length);
  expect(kept).toBe(0);
  // A link is followed by the browser (a full load), not kept for the app.
  await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).first().click();
  await expect(page).toHaveURL(/\/back-pain\/?$/);
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
});

test("at a stored text size the panel shows it before the app starts, and A− tapped then makes one step less", async ({ page }) => {
  const console = watchConsole(page);
  await page.addInitScript(() => window.localStorage.setItem("health-center.text-size", "200"));
  const release = await holdTheAppWasm(page);
  await page.goto(ARTICLE);
  await expect(page.locator("main h1")).toHaveText("Spinal Manipulation");
  await showReadingControls(page);
  const decrease = page.getByRole("button", { name: "Decrease text size" });
  const increase = page.getByRole("button", { name: "Increase text size" });
  // The pre-rendered panel says 100 %; the head script makes it say what the reader sees.
  await expect(page.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 200%");
  await expect(decrease).toBeEnabled();
  await expect(increase).toBeDisabled();
  await decrease.click();
  expect(await started(page), "the wasm is still held back").toBe(false);
  await expect(decrease).toHaveAttribute("data-early-tap", "");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "200");

  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "175");
  await expect(page.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 175%");
  await expect(increase).toBeEnabled();
  expect(await page.evaluate(() => window.localStorage.getItem("health-center.text-size"))).toBe("175");
  console.check();
});
