// Article and slideshow pages: every element of the page we replace, in order.
import { expect, test } from "@playwright/test";
import { openItem, openPage } from "./helpers.js";

test("an article shows title, summary, body, teaser, related links, byline, source, dates and disclaimer in order", async ({ page }) => {
  await openItem(page, "/back-pain/spinal-manipulation");
  const main = page.locator("main");
  await expect(main.locator(".item__summary")).toContainText("hands-on treatment");
  for (const heading of ["What it is", "Who may benefit", "How many visits", "Who can do it", "Insurance and cost"]) {
    await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(main.locator(".article-body ul li")).toHaveCount(3);
  await expect(main.locator(".article-body em").first()).toBeVisible();

  const teaser = main.locator(".recommended");
  await expect(teaser.getByRole("heading", { name: "Recommended related to Back Pain" })).toBeVisible();
  await expect(teaser.locator(".recommended__title")).toHaveText("How to Protect Your Back");
  await expect(teaser.getByRole("link", { name: "Read the How to Protect Your Back article" })).toHaveAttribute("href", "/back-pain/how-to-protect-your-back");

  const related = main.locator(".related");
  await expect(related.getByRole("heading", { name: "Related information" })).toBeVisible();
  await expect(related.getByRole("link", { name: "Low Back Pain" })).toHaveAttribute("href", "/back-pain/low-back-pain");

  const byline = main.locator(".byline");
  await expect(byline).toContainText("Primary medical reviewer");
  await expect(byline).toContainText("Maya Ortiz, MD — Family Medicine");
  await expect(byline).toContainText("Specialist medical reviewer");
  await expect(byline).toContainText("Samuel Reed, DPT — Physical Therapy");
  const reviewed = byline.locator(".byline__row", { hasText: "Page last reviewed" });
  await expect(reviewed.locator("time")).toHaveAttribute("datetime", "2026-09-14");
  await expect(reviewed).toContainText("September 14, 2026");
  await expect(byline.locator(".byline__row", { hasText: "Next review due" }).locator("time")).toHaveAttribute("datetime", "2028-09-14");

  await expect(main.locator(".medical-notes__source")).toContainText("Brightwell Health Medical Reference");
  await expect(main.locator(".medical-notes__updated")).toHaveText("Last updated: October 2, 2026");
  await expect(main.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
  await expect(main.locator(".disclaimer")).toContainText("not a diagnosis");

  // The order of importance: summary, body, teaser, related, byline, notes.
  const order = await page.evaluate(() =>
    [".item__summary", ".article-body", ".recommended", ".related", ".byline", ".medical-notes"].map((s) =>
      document.querySelector(s).getBoundingClientRect().top,
    ),
  );
  expect([...order].sort((a, b) => a - b)).toEqual(order);

  const image = main.locator(".item__image");
  await expect(image).toHaveAttribute("alt", /spine/);
  expect(await image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test("links inside the article body navigate within the app", async ({ page }) => {
  await openItem(page, "/back-pain/low-back-pain");
  await page.locator(".article-body").getByRole("link", { name: "sciatica" }).click();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  await expect(page.getByRole("heading", { name: "Get urgent medical help if" })).toBeVisible();
});

test("the footer says the authors and reviewers are fictional", async ({ page }) => {
  await openItem(page, "/back-pain/sciatica");
  await expect(page.locator(".site-footer__notice")).toContainText("fictional");
});

test("a slideshow shows one slide at a time with Previous/Next and a status", async ({ page }) => {
  await openItem(page, "/back-pain/back-pain-myths");
  const show = page.locator(".slideshow");
  const status = show.locator(".slideshow__status");
  const previous = show.getByRole("button", { name: "Previous" });
  const next = show.getByRole("button", { name: "Next" });
  await expect(status).toHaveText("Slide 1 of 6");
  // Every slide is in the page (readable without JavaScript); one is shown at a time.
  await expect(show.locator(".slide")).toHaveCount(6);
  await expect(show.locator(".slide:visible")).toHaveCount(1);
  await expect(previous).toHaveAttribute("aria-disabled", "true");
  await expect(show.locator(".slide:visible").getByRole("heading", { level: 2 })).toHaveText("Myth: rest in bed until it stops hurting");

  await next.click();
  await expect(status).toHaveText("Slide 2 of 6");
  await expect(show.locator(".slide:visible").getByRole("heading", { level: 2 })).toHaveText("Myth: a scan will show what's wrong");
  await expect(previous).toHaveAttribute("aria-disabled", "false");
  await previous.click();
  await expect(status).toHaveText("Slide 1 of 6");
  // force: the button is aria-disabled, which Playwright would otherwise wait out.
  await previous.click({ force: true });
  await expect(status).toHaveText("Slide 1 of 6");

  for (let i = 0; i < 7; i++) await next.click({ force: true });
  await expect(status).toHaveText("Slide 6 of 6");
  await expect(next).toHaveAttribute("aria-disabled", "true");
  await expect(next).toBeFocused();
  await expect(show.locator(".slide:visible .slide__image")).toHaveAttribute("alt", /calendar/);
});

test("arrow keys move between slides while focus is in the slideshow", async ({ page, isMobile }) => {
  test.skip(isMobile, "keyboard path");
  await openItem(page, "/sleep/sleep-myths");
  const status = page.locator(".slideshow__status");
  await page.locator(".slideshow").getByRole("button", { name: "Next" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(status).toHaveText("Slide 3 of 6");
  await page.keyboard.press("ArrowLeft");
  await expect(status).toHaveText("Slide 2 of 6");
});

test("a slideshow has the byline and the disclaimer too", async ({ page }) => {
  await openItem(page, "/sleep/sleep-myths");
  await expect(page.locator(".byline")).toContainText("Primary medical reviewer");
  await expect(page.locator(".byline")).toContainText("Specialist medical reviewer");
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
});

test("an article lists its sources after the text, each a link to the publisher's page", async ({ page }) => {
  await openPage(page, "/back-pain/sciatica");
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("listitem")).toHaveCount(3);
  const first = sources.getByRole("listitem").first();
  await expect(first).toHaveText(/^Low back pain and sciatica in over 16s: assessment and management \(NICE guideline NG59\).*\. National Institute for Health and Care Excellence, 2020\.$/);
  await expect(first.getByRole("link")).toHaveAttribute("href", "https://www.nice.org.uk/guidance/ng59");
  // After the body, before the teaser and the byline.
  const order = await page.evaluate(() => [".article-body", ".sources", ".recommended", ".byline"]
    .map((selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  // Marked as leading to another website: an arrow, announced through its alternative text.
  const marker = await first.getByRole("link").evaluate((link) => getComputedStyle(link, "::after").content);
  expect(marker).toContain("another website");
});
