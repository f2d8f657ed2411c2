// Nothing hostile reaches a reader: no page of the shipped site or the photo site asks
// another origin for anything, and every published drawing is a still picture (no script,
// no handler, no outside reference), so opening one on its own runs nothing.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { PHOTOS_PORT } from "./playwright.config.js";
import { openPage } from "./helpers.js";

const PAGES = ["/", "/back-pain", "/back-pain/sciatica", "/back-pain/back-pain-myths", "/back-pain/pain-relievers-for-back-pain", "/a-z", "/search?q=sciatica", "/saved", "/no-such-page"];

for (const [site, port] of [["shipped site", 4173], ["photo site", PHOTOS_PORT]]) {
  test(`the ${site}: no page requests another origin`, async ({ page }) => {
    const origin = `http://127.0.0.1:${port}`;
    const elsewhere = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith("data:")) elsewhere.push(url);
    });
    for (const path of PAGES) {
      await openPage(page, `${origin}${path}`);
      // Pictures further down load lazily: bring every one into view.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState("networkidle");
    }
    expect(elsewhere).toEqual([]);
  });
}

/** Every file under `dir` ending in `extension`. */
function files(dir, extension) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, extension) : name.endsWith(extension) ? [path] : [];
  });
}

test("every published drawing is a still picture of its own", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the files are the same for every screen");
  const drawings = files(new URL("../../dist/images", import.meta.url).pathname, ".svg");
  expect(drawings.length).toBeGreaterThanOrEqual(20);
  for (const file of drawings) {
    const svg = readFileSync(file, "utf8");
    expect(svg, file).not.toMatch(/<script|<foreignObject|<image|<animate|<set|\son[a-z]+=|href="(?!#)|url\((?!#)|<!--|<metadata|xmlns:/i);
  }
  // Opened on its own (as a host without our headers would serve it), a drawing is a picture.
  await page.goto(`/images/${drawings[0].split("/dist/images/")[1]}`);
  await expect(page.locator("svg")).toBeVisible();
});
