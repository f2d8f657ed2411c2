// axe-core finds no violations on any page type, and nothing scrolls sideways at 320 px.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, navigateToItem, horizontalOverflow, openItem, openPage } from "./helpers.js";

const pages = [
  ["home", "/", false],
  ["hub", "/back-pain", false],
  ["article", "/back-pain/spinal-manipulation", true],
  ["slideshow", "/back-pain/back-pain-myths", true],
  ["saved", "/saved", false],
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
