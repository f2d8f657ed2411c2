// The header on a phone puts the content first at every text size: one short row (brand,
// "Text size", "Menu") whose disclosures open the reading controls and the navigation. On a
// desktop both are always shown. Keyboard, touch, axe at 200 %, and pages without scripting.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, horizontalOverflow, openPage } from "./helpers.js";

const ARTICLE = "/back-pain/sciatica";
const toggle = (page, name) => page.locator(".site-header summary", { hasText: name });
const isOpen = (page, name) => toggle(page, name).evaluate((summary) => summary.parentElement.open);

/** Stores a text size the way the app does, before the page loads. */
async function withTextSize(page, percent) {
  await page.addInitScript((size) => window.localStorage.setItem("health-center.text-size", String(size)), percent);
}

test.describe("on a phone", () => {
  test.skip(({ isMobile }) => !isMobile, "the phone layout");

  for (const percent of [100, 150, 200]) {
    test(`the article's title is wholly in the first screen at ${percent} % text`, async ({ page }) => {
      await withTextSize(page, percent);
      await openPage(page, ARTICLE);
      await expect(page.locator("html")).toHaveAttribute("data-text-size", String(percent));
      const box = await page.locator("main h1").boundingBox();
      const screen = page.viewportSize().height;
      expect(box.y, "its top is on the screen").toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, "its bottom is on the first screen").toBeLessThanOrEqual(screen);
      if (percent === 100) expect(box.y, "within the first 40 % of the screen").toBeLessThanOrEqual(0.4 * screen);
      console.log(`header: at ${percent} % the <h1> spans ${Math.round(box.y)}–${Math.round(box.y + box.height)} px of ${screen}`);
    });
  }

  test("Text size opens the reading controls by touch, and they work", async ({ page }) => {
    await openPage(page, ARTICLE);
    const increase = page.getByRole("button", { name: "Increase text size" });
    await expect(increase).toBeHidden();
    await toggle(page, "Text size").tap();
    expect(await isOpen(page, "Text size")).toBe(true);
    await increase.tap();
    await expect(page.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 112%");
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "112");
    await toggle(page, "Text size").tap();
    await expect(increase).toBeHidden();
  });

  test("Menu opens the navigation by keyboard, and a followed link closes it", async ({ page }) => {
    await openPage(page, ARTICLE);
    const center = page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Back Pain Health Center" });
    await expect(center).toBeHidden();
    await toggle(page, "Menu").focus();
    await page.keyboard.press("Enter");
    expect(await isOpen(page, "Menu")).toBe(true);
    await expect(center).toBeVisible();
    // The menu starts with the search form, then the links.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("searchbox", { name: "Search this site" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(center).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/back-pain$/);
    await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
    await expect(center).toBeHidden();
    expect(await isOpen(page, "Menu")).toBe(false);
  });

  test("Text size keeps its name when only \"Aa\" shows at 200 %", async ({ page }) => {
    await withTextSize(page, 200);
    await openPage(page, ARTICLE);
    const label = toggle(page, "Text size").locator(".header-toggle__label");
    expect(await label.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    await expect(page.getByRole("group").filter({ hasText: "Text size" })).toHaveCount(1);
  });

  test("with both panels open at 200 % text there are no axe violations and no sideways scrolling", async ({ page }) => {
    await withTextSize(page, 200);
    await openPage(page, ARTICLE);
    await toggle(page, "Text size").click();
    await toggle(page, "Menu").click();
    await expect(page.getByRole("button", { name: "Increase text size" })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBe(0);
  });
});

test.describe("on a desktop", () => {
  test.skip(({ isMobile }) => isMobile, "the desktop layout");

  test("the navigation and the reading controls are always shown, without the phone's toggles", async ({ page }) => {
    await openPage(page, ARTICLE);
    await expect(toggle(page, "Menu")).toBeHidden();
    await expect(toggle(page, "Text size")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Saved" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Increase text size" })).toBeVisible();
    await page.getByRole("button", { name: "Increase text size" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 112%");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the menu still opens (a native disclosure), and no control that could do nothing is shown", async ({ page, isMobile }) => {
    await page.goto(ARTICLE);
    const saved = page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Saved" });
    if (isMobile) {
      await expect(saved).toBeHidden();
      await toggle(page, "Menu").click();
    }
    await expect(saved).toBeVisible();
    await expect(toggle(page, "Text size")).toBeHidden();
    await expect(page.getByRole("button", { name: "Increase text size" })).toBeHidden();
  });
});
