// Reading preferences: text size, line spacing, theme — remembered, synced, robust.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, horizontalOverflow, openItem, openPage, showReadingControls, watchConsole } from "./helpers.js";

const ARTICLE = "/back-pain/spinal-manipulation";
const bodyTextSize = (page) =>
  page.locator(".article-body p").first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

test("each text-size button changes the article text and the status", async ({ page }) => {
  await openItem(page, ARTICLE);
  await showReadingControls(page);
  const group = page.getByRole("group", { name: "Text size" });
  const smaller = group.getByRole("button", { name: "Decrease text size" });
  const larger = group.getByRole("button", { name: "Increase text size" });
  const reset = group.getByRole("button", { name: "Reset text size" });
  const status = group.getByRole("status");

  await expect(status).toHaveText("Text size: 100%");
  await expect(smaller).toBeDisabled();
  const base = await bodyTextSize(page);

  await larger.click();
  await expect(status).toHaveText("Text size: 112%");
  expect(await bodyTextSize(page)).toBeCloseTo(base * 1.12, 0);
  await larger.click();
  await expect(status).toHaveText("Text size: 125%");
  expect(await bodyTextSize(page)).toBeCloseTo(base * 1.25, 0);
  await smaller.click();
  await expect(status).toHaveText("Text size: 112%");

  for (let i = 0; i < 6; i++) if (await larger.isEnabled()) await larger.click();
  await expect(status).toHaveText("Text size: 200%");
  await expect(larger).toBeDisabled();
  expect(await bodyTextSize(page)).toBeCloseTo(base * 2, 0);

  await reset.click();
  await expect(status).toHaveText("Text size: 100%");
  expect(await bodyTextSize(page)).toBeCloseTo(base, 1);
});

test("the text size survives reload and client navigation", async ({ page }) => {
  await openItem(page, ARTICLE);
  await showReadingControls(page);
  await page.getByRole("button", { name: "Increase text size" }).click();
  await page.getByRole("button", { name: "Increase text size" }).click();
  await page.reload();
  await showReadingControls(page);
  await expect(page.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 125%");
  expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe("125");
  await page.getByRole("link", { name: "Low Back Pain" }).first().click();
  await expect(page.locator("main h1")).toHaveText("Low Back Pain");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("20px");
});

test("the stored size is applied before the first content paint", async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem("health-center.text-size", "150");
    // Record the root size in the first frame that shows the <h1> (the pre-rendered page
    // has it from the start; animation frames run only once the stylesheet has loaded).
    const check = () => {
      if (document.querySelector("main h1")) window.__sizeAtFirstHeading = getComputedStyle(document.documentElement).fontSize;
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await openPage(page, "/back-pain");
  expect(await page.evaluate(() => window.__sizeAtFirstHeading)).toBe("24px");
});

test("two open tabs stay in step", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openItem(first, ARTICLE);
  await openPage(second, "/back-pain");
  await showReadingControls(first);
  await showReadingControls(second);
  await first.getByRole("button", { name: "Increase text size" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 112%");
  expect(await second.evaluate(() => document.documentElement.dataset.textSize)).toBe("112");
});

test("with storage blocked the control still works for the session", async ({ page }) => {
  const console = watchConsole(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
  });
  await openItem(page, ARTICLE);
  await showReadingControls(page);
  await page.getByRole("button", { name: "Increase text size" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 112%");
  await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 112%");
  console.check();
});

for (const [stored, shown] of [["garbage", "100%"], ["999", "200%"], ["-3", "100%"], ["130", "125%"]]) {
  test(`a stored text size of ${JSON.stringify(stored)} gives ${shown}`, async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem("health-center.text-size", value), stored);
    await openPage(page, "/");
    await showReadingControls(page);
    await expect(page.getByRole("status").filter({ hasText: "Text size" })).toHaveText(`Text size: ${shown}`);
  });
}

test("at 200% on a 320 px screen nothing scrolls sideways or overlaps", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("health-center.text-size", "200"));
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", "/back-pain", ARTICLE, "/back-pain/back-pain-myths"]) {
    await openPage(page, path);
    if (path.split("/").length > 2) await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    // No control sticks out of the header.
    await showReadingControls(page);
    const overlaps = await page.evaluate(() => {
      const header = document.querySelector(".site-header").getBoundingClientRect();
      return [...document.querySelectorAll(".site-header button, .site-header a, .site-header summary")].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.right > header.right + 0.5 || r.left < header.left - 0.5;
      }).length;
    });
    expect(overlaps, path).toBe(0);
  }
});

test("line spacing applies the WCAG 1.4.12 values and the layout survives", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openItem(page, ARTICLE);
  await showReadingControls(page);
  await page.getByText("Display options").click();
  const toggle = page.getByRole("button", { name: "Line spacing" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const style = await page.locator(".article-body p").first().evaluate((p) => {
    const s = getComputedStyle(p);
    const size = parseFloat(s.fontSize);
    return {
      lineHeight: parseFloat(s.lineHeight) / size,
      letter: parseFloat(s.letterSpacing) / size,
      word: parseFloat(s.wordSpacing) / size,
      margin: parseFloat(s.marginBottom) / size,
    };
  });
  expect(style.lineHeight).toBeGreaterThanOrEqual(1.5);
  expect(style.letter).toBeCloseTo(0.12, 2);
  expect(style.word).toBeCloseTo(0.16, 2);
  expect(style.margin).toBeGreaterThanOrEqual(2);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-spacing", "wide");
});

test("dark theme can be chosen, is remembered, and has no axe violations", async ({ page }) => {
  await openItem(page, ARTICLE);
  await showReadingControls(page);
  await page.getByText("Display options").click();
  await page.getByLabel("Colours").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(16, 24, 29)");
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expectNoAxeViolations(page);
});

test.describe("with a dark system theme", () => {
  test.use({ colorScheme: "dark" });
  test("the site follows it by default, and a light override wins", async ({ page }) => {
    await openItem(page, ARTICLE);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(16, 24, 29)");
    await expectNoAxeViolations(page);
    await showReadingControls(page);
    await page.getByText("Display options").click();
    await page.getByLabel("Colours").selectOption("light");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
  });
});

for (const reducedMotion of ["no-preference", "reduce"]) {
  test.describe(`with reduced motion ${reducedMotion}`, () => {
    test.use({ reducedMotion });
    test("the loading animation runs only when motion is welcome", async ({ page }) => {
      await page.route("**/content/back-pain/sciatica.json", () => {}); // never answers: stays loading
      await openPage(page, "/back-pain");
      await page.locator("main").getByRole("link", { name: "Sciatica", exact: true }).first().click();
      const animation = await page.locator(".loading__bar").evaluate((el) => getComputedStyle(el).animationName);
      expect(animation).toBe(reducedMotion === "reduce" ? "none" : "loading-slide");
    });
  });
}

test("on phones each text-size button is at least 44×44 px", async ({ page, isMobile }) => {
  test.skip(!isMobile, "tap targets are a phone concern");
  await openPage(page, "/");
  await showReadingControls(page);
  for (const name of ["Decrease text size", "Increase text size", "Reset text size"]) {
    const box = await page.getByRole("button", { name }).boundingBox();
    expect(box.width, name).toBeGreaterThanOrEqual(44);
    expect(box.height, name).toBeGreaterThanOrEqual(44);
  }
});

test("clearing storage in another tab resets this one's preferences and saved items", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openItem(first, ARTICLE);
  await showReadingControls(first);
  await first.getByRole("button", { name: "Increase text size" }).click();
  await first.getByRole("button", { name: "Save article" }).click();
  await expect(first.getByRole("button", { name: "Save article" })).toHaveAttribute("aria-pressed", "true");
  await openPage(second, "/back-pain");
  await second.evaluate(() => localStorage.clear());
  await expect(first.getByRole("button", { name: "Save article" })).toHaveAttribute("aria-pressed", "false");
  await expect(first.getByRole("status").filter({ hasText: "Text size" })).toHaveText("Text size: 100%");
});
