// Foundation: the page is rendered by the wasm app, under the CSP, without console errors.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { openPage, watchConsole } from "./helpers.js";

test("the app takes over the pre-rendered home page in place", async ({ page }) => {
  const console = watchConsole(page);
  await openPage(page, "/");
  await expect(page.locator("main h1")).toHaveText("Brightwell Health");
  await expect(page.getByRole("link", { name: "Back Pain Health Center" }).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.app === "started")).toBe(true);
  await expect(page.locator("main")).toHaveCount(1);
  console.check();
});

test("a deep link loads the app", async ({ page }) => {
  const console = watchConsole(page);
  await openPage(page, "/back-pain");
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  console.check();
});

test("the app runs under a strict Content-Security-Policy with no violations", async ({ page, request }) => {
  const raw = await (await request.get("/")).text();
  const policy = raw.match(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-([A-Za-z0-9+\/=]+)'; style-src 'self'/);
  expect(policy).not.toBeNull();
  // One inline executable script, the preference script, and the policy pins exactly its text;
  // the page's data blocks (JSON) are data, which the CSP does not run.
  const inline = [...raw.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !/type="application\/(ld\+)?json"/.test(attributes));
  expect(inline.map(([, attributes]) => attributes)).toEqual([""]);
  expect(createHash("sha256").update(inline[0][2]).digest("base64")).toBe(policy[1]);

  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openPage(page, "/back-pain/spinal-manipulation");
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
  await page.getByRole("link", { name: "Back Pain Health Center" }).first().click();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test("robots.txt is a real file that points at the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  expect(text).toContain("User-agent: *");
  expect(text).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m);
});
