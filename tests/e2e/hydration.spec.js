// Hydration is exact: when the app takes a pre-rendered page over, the page does not change.
// A MutationObserver, installed before the first byte is parsed, records every change to
// <body> made after the parser has finished, until the app has started and settled. The
// search page's <hc-search> and its <h1> are excluded: the search module fills them in when
// it arrives (by design, after the app has started). Known exception, allowed on wide screens
// only: the "Today on" carousel is rendered for a phone (one tile a page) and shows four once
// the app has measured the screen. "Page not found" is not here: the host answers an unknown
// address with its 404 page, which the app renders afresh for that address (src/main.rs).
import { expect, test } from "@playwright/test";
import { recordMutations } from "./helpers.js";

const pages = [
  ["home", "/"],
  ["hub", "/back-pain"],
  ["article", "/back-pain/spinal-manipulation"],
  ["article with a table", "/back-pain/pain-relievers-for-back-pain"],
  ["slideshow", "/back-pain/back-pain-myths"],
  ["saved", "/saved"],
  ["A to Z", "/a-z"],
  ["about", "/about"],
  ["search", "/search"],
];

for (const [name, path] of pages) {
  test(`the ${name} page does not change when the app takes it over (${path})`, async ({ page, isMobile }) => {
    if (!isMobile) await page.addInitScript(() => (window.__allowCarousel = true));
    await page.addInitScript(recordMutations);
    await page.goto(path);
    await page.waitForFunction(() => document.documentElement.dataset.app === "started");
    // The app's first effects (stored preferences, the saved list) run after the start.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__mutations)).toEqual([]);
  });
}

test("at stored preferences the article does not change either when the app takes it over", async ({ page, isMobile }) => {
  if (!isMobile) await page.addInitScript(() => (window.__allowCarousel = true));
  await page.addInitScript(() => {
    localStorage.setItem("health-center.text-size", "200");
    localStorage.setItem("health-center.spacing", "wide");
    localStorage.setItem("health-center.theme", "dark");
    localStorage.setItem("health-center.saved", JSON.stringify(["/back-pain/spinal-manipulation"]));
  });
  await page.addInitScript(recordMutations);
  await page.goto("/back-pain/spinal-manipulation");
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  await page.waitForTimeout(500);
  await expect(page.locator(".reading-controls__status")).toHaveText("Text size: 200%");
  // The stored choices show in the controls from the first paint (the head script); the app's
  // own setting of the same changes nothing. Known gap: the Save button shows "saved" only once
  // the app has started (its list is not read before).
  const mutations = await page.evaluate(() => window.__mutations);
  expect(mutations.filter((m) => !/<button\.button> aria-pressed|"Saved in this browser"|<span\.save__state>/.test(m))).toEqual([]);
  expect(mutations.length, "the Save button did change: the test sees the app's changes").toBeGreaterThan(0);
});
