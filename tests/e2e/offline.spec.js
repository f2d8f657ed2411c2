// Reading offline: the service worker keeps the pages a reader saved or read, shows our offline
// page for the others, takes over cleanly after a new deploy, and works under a sub-path. Every
// other spec runs with service workers blocked (playwright.config.js); these allow them.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { SUBPATH_PORT } from "./playwright.config.js";
import { expectNoAxeViolations, horizontalOverflow, openPage } from "./helpers.js";

test.use({ serviceWorkers: "allow" });

/** Waits until a service worker controls the page (it installs on the first visit). */
async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
}

/** Whether the page at `path` (a URL path) is kept, as the Saved page asks Cache Storage. */
async function isKept(page, path) {
  return page.evaluate((url) => caches.match(url).then((response) => response !== undefined), path);
}

/** Waits until the worker keeps the page at `path`. */
async function expectKept(page, path) {
  await expect.poll(() => isKept(page, path), { timeout: 15_000, message: `${path} is kept` }).toBe(true);
}

/** The offline page: our own, in the site's look, at the address asked for. */
async function expectOfflinePage(page, address) {
  await expect(page.locator("main h1")).toHaveText("You are offline");
  await expect(page).toHaveURL(address);
  await expect(page.locator(".site-header")).toBeVisible();
  await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();
}

test("a page read once opens offline, after the page is restarted, as the same hydrated page", async ({ page, context }) => {
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await openPage(page, "/back-pain/low-back-pain");
  await waitForWorker(page);
  await expectKept(page, "/back-pain/low-back-pain");
  await context.setOffline(true);
  const failed = [];
  page.on("requestfailed", (request) => failed.push(new URL(request.url()).pathname));
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Low Back Pain");
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  // The app started from the kept shell, and the kept picture shows.
  await expect(page.getByRole("button", { name: "Save article" })).toBeVisible();
  expect(await page.locator("img.item__image").evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(errors).toEqual([]);
  // Only pictures the reader never scrolled to (lazy ones, never loaded) are missing: a page
  // read is kept with what it showed, so that keeping it downloads nothing more.
  expect(failed.filter((path) => !path.startsWith("/images/"))).toEqual([]);
});

test("a page reached by a link inside the site is kept too, and opens offline by address", async ({ page, context }) => {
  await openPage(page, "/back-pain");
  await waitForWorker(page);
  await page.locator("main").getByRole("link", { name: "Sciatica", exact: true }).first().click();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  await expectKept(page, "/back-pain/sciatica");
  await context.setOffline(true);
  await page.goto("/back-pain/sciatica");
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
});

test("a saved article is kept with its data and pictures, and marked on the Saved page", async ({ page, context }) => {
  // Saved in another session: this visit never opens the page itself.
  await page.addInitScript(() => localStorage.setItem("health-center.saved", '["/sleep/insomnia"]'));
  await openPage(page, "/saved");
  await waitForWorker(page);
  // The list is handed to the worker when the app starts: on this first visit, at the next.
  await page.reload();
  await expectKept(page, "/sleep/insomnia");
  await page.reload();
  await expect(page.locator(".offline-mark")).toHaveText("Available offline");
  await expect(page.locator(".offline-mark")).toHaveCount(1);
  // Under its card (filled in from the data file after the start), not over the next one.
  await expect(page.locator(".card__title")).toHaveText("Insomnia");
  const [card, mark] = [await page.locator(".card").boundingBox(), await page.locator(".offline-mark").boundingBox()];
  expect(mark.y).toBeGreaterThanOrEqual(card.y + card.height);
  await expectNoAxeViolations(page);

  await context.setOffline(true);
  await page.goto("/sleep/insomnia");
  await expect(page.locator("main h1")).toHaveText("Insomnia");
  expect(await page.locator("img.item__image").evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The Saved page offline: its card comes from the kept data file.
  await page.goto("/saved");
  await expect(page.locator(".card__title")).toHaveText("Insomnia");
});

test("a page unsaved, and not among the pages read, is no longer kept", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("unsaved")) localStorage.setItem("health-center.saved", '["/sleep/insomnia"]');
  });
  await openPage(page, "/saved");
  await waitForWorker(page);
  await page.reload();
  await expectKept(page, "/sleep/insomnia");
  await page.evaluate(() => {
    sessionStorage.setItem("unsaved", "1");
    localStorage.setItem("health-center.saved", "[]");
  });
  await page.reload();
  await expect.poll(() => isKept(page, "/sleep/insomnia"), { timeout: 15_000 }).toBe(false);
  expect(await isKept(page, "/saved"), "the page read stays").toBe(true);
});

test("a page never read shows our offline page, listing what opens offline, with no axe violations", async ({ page, context }) => {
  await openPage(page, "/back-pain/sciatica");
  await waitForWorker(page);
  await expectKept(page, "/back-pain/sciatica");
  await context.setOffline(true);
  await page.goto("/sleep/insomnia");
  await expectOfflinePage(page, /\/sleep\/insomnia$/);
  const offline = page.getByRole("region", { name: "Pages you can read offline" });
  await expect(offline.getByRole("link", { name: "Sciatica" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page), "reflows at 320 px").toBe(0);
  // Its links open the kept pages.
  await offline.getByRole("link", { name: "Sciatica" }).click();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
});

test("a link inside the site to a page that is not kept, offline, gives the offline page; Try again loads it once online", async ({ page, context }) => {
  await openPage(page, "/back-pain");
  await waitForWorker(page);
  await expectKept(page, "/back-pain");
  await context.setOffline(true);
  await page.locator("main").getByRole("link", { name: "Spinal Manipulation", exact: true }).first().click();
  await expectOfflinePage(page, /\/back-pain\/spinal-manipulation$/);
  await context.setOffline(false);
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page.locator("main h1")).toHaveText("Spinal Manipulation");
});

test("a link inside the site to a kept page works offline without leaving the app", async ({ page, context }) => {
  await openPage(page, "/back-pain/sciatica");
  await waitForWorker(page);
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Back Pain Health Center" }).click();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  await expectKept(page, "/back-pain");
  await context.setOffline(true);
  await page.evaluate(() => (window.sameDocument = true));
  await page.locator("main").getByRole("link", { name: "Sciatica", exact: true }).first().click();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  expect(await page.evaluate(() => window.sameDocument), "no page load: the app rendered it from kept data").toBe(true);
});

test("a link offline to the home page, never read, shows it from the worker's shell (its code and its list of centers)", async ({ page, context }) => {
  await openPage(page, "/back-pain/sciatica");
  await waitForWorker(page);
  await expectKept(page, "/back-pain/sciatica");
  expect(await isKept(page, "/")).toBe(false);
  await context.setOffline(true);
  await page.evaluate(() => (window.sameDocument = true));
  await page.locator(".site-header__brand").click();
  await expect(page.locator("main h1")).toHaveText("Brightwell Health");
  await expect(page.locator(".center-list__item")).toHaveCount(2);
  // The worker, told of it, could not fetch the page to keep it: it leaves the app's page be.
  await page.waitForTimeout(2500);
  await expect(page.locator("main h1")).toHaveText("Brightwell Health");
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
});

test("without service workers (none, or storage blocked) the site works as before", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "serviceWorker", { get: () => undefined }));
  await openPage(page, "/back-pain");
  await page.locator("main").getByRole("link", { name: "Sciatica", exact: true }).first().click();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  await page.getByRole("button", { name: "Save article" }).click();
  await page.goto("/saved");
  await expect(page.locator(".card__title")).toHaveText("Sciatica");
  await expect(page.locator(".offline-mark")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("the site is installable: a manifest under the public URL, with our icons, and a strict CSP", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  const response = await request.get("/manifest.webmanifest");
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: "Brightwell Health", short_name: "Brightwell", start_url: "/", scope: "/", theme_color: "#0d5c63" });
  const sizes = [];
  for (const icon of manifest.icons) {
    const png = await request.get(new URL(icon.src, response.url()).href);
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    sizes.push(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)} ${icon.purpose}`);
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
  }
  expect(sizes).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  const csp = (await request.get("/")).headers()["content-security-policy"];
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("manifest-src 'self'");
  expect(csp).not.toContain("unsafe-inline");
});

test("Chromium finds nothing that stops installing the site", async ({ playwright, baseURL }, testInfo) => {
  // A profile of its own: test contexts are incognito-like, where nothing can be installed.
  const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath("profile"), {
    executablePath: process.env.HC_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await context.newPage();
    await openPage(page, `${baseURL}/`);
    await waitForWorker(page);
    const devtools = await context.newCDPSession(page);
    expect((await devtools.send("Page.getInstallabilityErrors")).installabilityErrors).toEqual([]);
    expect((await devtools.send("Page.getAppManifest")).errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("under a sub-path the worker keeps to /health/ and everything works there", async ({ page, context }) => {
  const base = `http://127.0.0.1:${SUBPATH_PORT}/health/`;
  await openPage(page, `${base}back-pain/sciatica`);
  await waitForWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).toBe(`${base}sw.js`);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope))).toBe(base);
  await expectKept(page, "/health/back-pain/sciatica");
  const manifest = await (await page.request.get(`${base}manifest.webmanifest`)).json();
  expect([manifest.start_url, manifest.scope]).toEqual(["/health/", "/health/"]);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  await page.goto(`${base}sleep/insomnia`);
  await expectOfflinePage(page, `${base}sleep/insomnia`);
  await expect(page.getByRole("region", { name: "Pages you can read offline" }).getByRole("link", { name: "Sciatica" }))
    .toHaveAttribute("href", "/health/back-pain/sciatica");
});

test.describe("a new deploy", () => {
  // Its own server over a folder the test fills with one deploy, then the next.
  let server;
  let folder;
  let origin;

  test.beforeEach(async ({}, testInfo) => {
    const port = 4177 + testInfo.parallelIndex;
    folder = testInfo.outputPath("deploy");
    mkdirSync(folder, { recursive: true });
    deploy("dist");
    server = spawn("node", ["../../scripts/serve.mjs", folder, "--port", String(port)], { stdio: "ignore" });
    origin = `http://127.0.0.1:${port}`;
    await expect.poll(() => fetch(`${origin}/`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
  });

  test.afterEach(() => server?.kill());

  /** Replaces what the server serves with the site in `dist` (relative to the project). */
  function deploy(dist) {
    rmSync(folder, { recursive: true, force: true });
    cpSync(new URL(`../../${dist}`, import.meta.url).pathname, folder, { recursive: true });
  }

  const stylesheet = (page) => page.evaluate(() => document.querySelector('link[rel="stylesheet"]').getAttribute("href"));
  const cacheNames = (page) => page.evaluate(() => caches.keys());
  const deployB = () => readFileSync(new URL("../../target/dist-next/sw.js", import.meta.url), "utf8").match(/const VERSION = "(\w+)"/)[1];

  test("takes over cleanly: the next visit gets its files, the old caches go, kept pages are the new ones", async ({ page, context }) => {
    await openPage(page, `${origin}/back-pain/sciatica`);
    await waitForWorker(page);
    await expectKept(page, "/back-pain/sciatica");
    const before = await cacheNames(page);
    const styleA = await stylesheet(page);

    deploy("target/dist-next");
    await openPage(page, `${origin}/back-pain/sciatica`);
    const styleB = await stylesheet(page);
    expect(styleB, "the next deploy's stylesheet").not.toBe(styleA);
    // Its styles apply: no page mixes one deploy's HTML with the other's files.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--deploy").trim())).toBe("next");
    const expected = [`health-center / ${deployB()}`, "health-center / records"].sort();
    await expect.poll(async () => (await cacheNames(page)).sort(), { timeout: 20_000 }).toEqual(expected);
    expect(before.some((name) => name.includes(deployB())), "deploy A had its own cache").toBe(false);
    expect(before).toHaveLength(2);

    // Offline, the kept page is the next deploy's, with its files.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("main h1")).toHaveText("Sciatica");
    expect(await stylesheet(page)).toBe(styleB);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--deploy").trim())).toBe("next");
    await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  });
});
