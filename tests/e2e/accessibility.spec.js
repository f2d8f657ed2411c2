// axe-core finds no violations on any page type (at 100 % and at 200 % text), and nothing
// scrolls sideways at 320 px.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, horizontalOverflow, navigateToItem, openItem, openPage, showReadingControls, showSiteMenu } from "./helpers.js";

const pages = [
  ["home", "/", false],
  ["hub", "/back-pain", false],
  ["article", "/back-pain/spinal-manipulation", true],
  ["slideshow", "/back-pain/back-pain-myths", true],
  ["saved", "/saved", false],
  ["a-z", "/a-z", false],
  ["about", "/about", false],
  ["search", "/search?q=back%20pain", false],
  ["not found", "/nothing-here", false],
];

for (const [name, path, isItem] of pages) {
  test(`${name} page has no axe violations`, async ({ page }) => {
    await (isItem ? openItem : openPage)(page, path);
    await expectNoAxeViolations(page);
  });

  test(`${name} page reflows at 320 px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await (isItem ? openItem : openPage)(page, path);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}

test("the loading and error states have no axe violations", async ({ page }) => {
  await page.route("**/content/back-pain/sciatica.json", (route) => route.abort());
  await navigateToItem(page, "/back-pain", "Sciatica");
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const [name, path, isItem] of pages) {
  test(`${name} page at 200 % text, with the header's panels open, has no axe violations`, async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem("health-center.text-size", "200"));
    await (isItem ? openItem : openPage)(page, path);
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "200");
    await showReadingControls(page);
    await showSiteMenu(page);
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}
