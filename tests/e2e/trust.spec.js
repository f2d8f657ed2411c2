// The trust signals and reading aids of an article: key points, reading time, review dates
// with a notice once a page is overdue (on the reader's clock), and the urgent-care callout.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, navigateToItem, openItem } from "./helpers.js";

const ARTICLE = "/back-pain/sciatica";

test("an article opens with its reading time and key points, and its byline gives the review dates", async ({ page }) => {
  await openItem(page, ARTICLE);
  await expect(page.locator(".page__kind")).toHaveText("Article · 2 min read");
  const points = page.getByRole("region", { name: "Key points" });
  await expect(points.getByRole("listitem")).toHaveCount(4);
  await expect(points.getByRole("listitem").first()).toHaveText("Sciatica is pain from an irritated nerve root that runs down one leg.");
  // Key points come before the article's text.
  const [pointsTop, bodyTop] = await Promise.all([".key-points", ".article-body"].map((s) => page.locator(s).evaluate((el) => el.getBoundingClientRect().top)));
  expect(pointsTop).toBeLessThan(bodyTop);
  const byline = page.getByRole("region", { name: "About this page" });
  await expect(byline).toContainText(/Page last reviewed\s*May 18, 2026/);
  await expect(byline).toContainText(/Next review due\s*May 18, 2028/);
  await expect(page.getByText("This page is due for review.")).toBeHidden();
});

test("a page past its review date on the reader's clock says so, calmly, also after client navigation", async ({ page }) => {
  // Two years and a month after the latest review of the shipped content.
  await page.clock.setSystemTime(new Date("2028-11-15T12:00:00Z"));
  await openItem(page, ARTICLE);
  const notice = page.locator(".review-notice");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("This page is due for review.");
  await expect(notice).toContainText("May 18, 2028");
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  await expectNoAxeViolations(page);
  // Another overdue article, reached by a link, says so too; the notice sits under the summary.
  await navigateToItem(page, "/back-pain", "Low Back Pain");
  await expect(page.locator(".review-notice")).toBeVisible();
});

test("a slideshow has no reading time or key points, but has its review dates", async ({ page }) => {
  await openItem(page, "/back-pain/back-pain-myths");
  await expect(page.locator(".page__kind")).toHaveText("Slideshow");
  await expect(page.getByRole("region", { name: "Key points" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "About this page" })).toContainText("Next review due");
});

test("urgent-care advice is a distinct callout whose sign is announced, not shown by colour alone", async ({ page }) => {
  await openItem(page, ARTICLE);
  const urgent = page.locator(".callout--urgent");
  await expect(urgent.getByRole("heading")).toHaveText("Get urgent medical help if");
  const sign = await urgent.locator(".callout__title").evaluate((title) => getComputedStyle(title, "::before").content);
  expect(sign).toContain("Urgent");
  // Distinct from a warning: another colour and a sign of its own.
  const colours = await page.evaluate(() => {
    const box = document.querySelector(".callout--urgent");
    return getComputedStyle(box).borderLeftColor;
  });
  expect(colours).toBe("rgb(179, 38, 30)");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the pre-rendered article has its key points and review dates", async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole("region", { name: "Key points" }).getByRole("listitem")).toHaveCount(4);
    await expect(page.getByText("Next review due")).toBeVisible();
  });
});

test.describe("Share", () => {
  test("without a share sheet it copies the link and says so", async ({ page, context, browserName }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => { delete Navigator.prototype.share; });
    await openItem(page, ARTICLE);
    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toHaveText("Link copied. Paste it to share this page.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test("with a share sheet it hands over the title and link, and nothing else is needed", async ({ page }) => {
    await page.addInitScript(() => {
      window.__shared = [];
      Navigator.prototype.share = function (data) { window.__shared.push(data); return Promise.resolve(); };
    });
    await openItem(page, ARTICLE);
    await page.getByRole("button", { name: "Share" }).click();
    await expect.poll(() => page.evaluate(() => window.__shared)).toEqual([{ title: "Sciatica", url: page.url() }]);
    await expect(page.locator(".share__state")).toHaveText("");
  });

  test("when the clipboard is refused it shows the address to copy", async ({ page }) => {
    await page.addInitScript(() => {
      delete Navigator.prototype.share;
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
    });
    await openItem(page, ARTICLE);
    await page.getByRole("button", { name: "Share" }).click();
    await expect(page.locator(".share__state")).toHaveText(`Copy this address to share the page: ${page.url()}`);
  });
});
