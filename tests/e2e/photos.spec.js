// Photographs (issue 22): the site built from the content with a real photograph for every
// picture (make test: photo-content over a copy of content/, then the real build into
// target/dist-photos). Each place gets the variant its `sizes` calls for at this screen, the
// box never shifts, a preview shows until the picture arrives, and the pictures work with
// JavaScript off, offline, and under axe.
import { expect, test } from "@playwright/test";
import { PHOTOS_PORT } from "./playwright.config.js";
import { expectNoAxeViolations, openPage, watchConsole } from "./helpers.js";

test.use({ baseURL: `http://127.0.0.1:${PHOTOS_PORT}` });

/** Scrolls every photograph of the page into view, waits for it, and returns for each its
 *  place, drawn width, the width of the variant the browser took, and the variant the drawn
 *  width needs at this density (the narrowest at least that wide, else the widest). */
async function shownVariants(page) {
  const pictures = page.locator(".picture img:not(.picture__preview)");
  for (const picture of await pictures.all()) {
    if (!(await picture.isVisible())) continue;
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  return pictures.evaluateAll((images) => images.filter((img) => img.offsetParent && img.currentSrc).map((img) => {
    const widths = img.srcset.split(",").map((entry) => parseInt(entry.trim().split(/\s+/)[1], 10)).sort((a, b) => a - b);
    const needed = img.getBoundingClientRect().width * devicePixelRatio;
    return {
      place: img.className,
      src: img.currentSrc.split("/").pop(),
      drawn: Math.round(img.getBoundingClientRect().width),
      taken: parseInt(img.currentSrc.match(/\.(\d+)\.webp$/)?.[1] ?? "0", 10),
      needed: widths.find((w) => w >= needed - 1) ?? widths[widths.length - 1],
    };
  }));
}

for (const path of ["/back-pain", "/back-pain/sciatica", "/back-pain/back-pain-myths", "/saved"]) {
  test(`${path}: every picture is the variant its place needs at this screen`, async ({ page }) => {
    const consoleErrors = watchConsole(page);
    if (path === "/saved") {
      await page.addInitScript(() => localStorage.setItem("health-center.saved", JSON.stringify(["/back-pain/sciatica", "/back-pain/back-pain-myths"])));
    }
    await openPage(page, path);
    if (path === "/saved") {
      // The saved cards come from their data files after the start: wait for both.
      await expect(page.locator("main .card:not(.card--note)")).toHaveCount(2);
    }
    const shown = await shownVariants(page);
    expect(shown.length, "photographs on the page").toBeGreaterThan(0);
    for (const picture of shown) expect(picture.taken, JSON.stringify(picture)).toBe(picture.needed);
    consoleErrors.check();
  });
}

test("client navigation renders the same picture markup as the pre-rendered page", async ({ page }) => {
  await page.goto("/back-pain/sciatica");
  const rendered = await page.locator(".picture--lead").evaluate((frame) => frame.outerHTML);
  await openPage(page, "/back-pain");
  await page.locator("main").getByRole("link", { name: "Sciatica", exact: true }).first().click();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  const navigated = await page.locator(".picture--lead").evaluate((frame) => frame.outerHTML);
  const attributes = (html) => html.replace(/\s+/g, " ").match(/(srcset|sizes|width|height|fetchpriority|loading|src)="[^"]*"/g).sort();
  expect(attributes(navigated)).toEqual(attributes(rendered));
  expect(navigated).toContain('class="picture__preview"');
});

test("the lead picture is fetched first and at once; the others wait until they are near", async ({ page }) => {
  await page.goto("/back-pain/sciatica");
  const lead = page.locator(".item__image");
  await expect(lead).toHaveAttribute("fetchpriority", "high");
  await expect(lead).toHaveAttribute("loading", "eager");
  for (const tile of await page.locator(".carousel__image").all()) await expect(tile).toHaveAttribute("loading", "lazy");
});

test("while pictures arrive slowly, their previews fill the boxes and nothing shifts", async ({ page }) => {
  const held = [];
  await page.route("**/images/**", (route) => held.push(route));
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.hadRecentInput ? 0 : e.value)))
      .observe({ type: "layout-shift", buffered: true });
  });
  // Not "load": the first cards' pictures are eager, and they are held.
  await page.goto("/back-pain", { waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  const card = page.locator(".picture--card").first();
  const before = await card.boundingBox();
  // The preview (inside the page, no request) is drawn; the picture itself is still held.
  const preview = card.locator(".picture__preview");
  expect(await preview.evaluate((img) => img.src.startsWith("data:image/webp;base64,") && img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await card.locator(".card__image").evaluate((img) => img.naturalWidth)).toBe(0);
  // It fills the frame (its layout box; the blur's edges are drawn a little larger).
  const [previewHeight, frameHeight] = await card.evaluate((frame) => [frame.querySelector(".picture__preview").offsetHeight, frame.offsetHeight]);
  expect(previewHeight).toBe(frameHeight);
  expect(before.height).toBeGreaterThan(before.width * 0.5);
  await expect.poll(() => held.length).toBeGreaterThan(0);
  for (const route of held.splice(0)) await route.continue();
  await page.unroute("**/images/**");
  await expect.poll(() => card.locator(".card__image").evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await card.boundingBox()).toEqual(before);
  expect(await page.evaluate(() => window.__shift)).toBe(0);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("every picture shows, at the variant its place needs", async ({ page }) => {
    await page.goto("/back-pain/back-pain-myths");
    const shown = await shownVariants(page);
    // Without scripting every slide is on the page, one under another.
    expect(shown.filter((p) => p.place === "slide__image").length).toBeGreaterThan(3);
    for (const picture of shown) expect(picture.taken, JSON.stringify(picture)).toBe(picture.needed);
  });
});

test("no picture file carries metadata, and each is served immutable", async ({ page, request }) => {
  await page.goto("/back-pain/sciatica");
  const src = await page.locator(".item__image").evaluate((img) => img.currentSrc);
  const response = await request.get(src);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["content-type"]).toBe("image/webp");
  const bytes = await response.body();
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("VP8 ");
  for (const marker of ["Exif", "XMP", "GPS"]) expect(bytes.includes(Buffer.from(marker)), marker).toBe(false);
});

test("axe: no violations on a photo hub and a photo article", async ({ page }) => {
  for (const path of ["/back-pain", "/back-pain/sciatica"]) {
    await openPage(page, path);
    await expectNoAxeViolations(page);
  }
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("a page read is kept with the variant it showed, and shows it offline", async ({ page, context }) => {
    await openPage(page, "/back-pain/sciatica");
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    const shown = await page.locator(".item__image").evaluate((img) => img.currentSrc);
    await expect.poll(() => page.evaluate((url) => caches.match(url).then((r) => r !== undefined), shown), { timeout: 15_000 }).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("main h1")).toHaveText("Sciatica");
    await expect.poll(() => page.locator(".item__image").evaluate((img) => img.complete && img.naturalWidth > 0 ? img.currentSrc : "")).toBe(shown);
    await context.setOffline(false);
  });
});
