// A page's head is declared once: after client-side navigation the document's head tags
// equal those of the destination's pre-rendered page.
import { expect, test } from "@playwright/test";
import { openPage, showSiteMenu } from "./helpers.js";

/**
 * Runs in the page: the head tags the app manages, of the live document or (given `html`) of
 * a pre-rendered page, as sorted strings of tag, attributes and text (JSON-LD normalised).
 */
function headTags(html) {
  const selector = 'title, meta[name="description"], meta[name="robots"], link[rel="canonical"], meta[property^="og:"], meta[name="twitter:card"], script[type="application/ld+json"]';
  const doc = html ? new DOMParser().parseFromString(html, "text/html") : document;
  return [...doc.head.querySelectorAll(selector)].map((el) => {
    const attributes = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(" ");
    const text = el.tagName === "SCRIPT" ? JSON.stringify(JSON.parse(el.textContent)) : el.textContent;
    return `${el.tagName.toLowerCase()} ${attributes} ${text}`;
  }).sort();
}

test("after client navigation every head tag equals the destination's pre-rendered page", async ({ page, request }) => {
  await openPage(page, "/back-pain/spinal-manipulation");
  // Article → hub → slideshow → hub → saved page.
  const steps = [
    ["Back Pain Health Center", "/back-pain", "website"],
    ["Back Pain Myths", "/back-pain/back-pain-myths", "article"],
    ["Back Pain Health Center", "/back-pain", "website"],
    ["Saved", "/saved", "website"],
  ];
  for (const [link, path, type] of steps) {
    if (link === "Saved") await showSiteMenu(page);
    await page.locator("main, header").getByRole("link", { name: link, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    const expected = await page.evaluate(headTags, await (await request.get(path)).text());
    expect(expected, path).toContain(`meta content=${type} property=og:type `);
    await expect.poll(() => page.evaluate(headTags, null), { message: path }).toEqual(expected);
  }
  // The slideshow carried JSON-LD; the hub and the saved page do not, and the saved page is not indexed.
  expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
});
