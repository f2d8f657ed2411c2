// Static hosting: every URL is a real, complete page on a plain static server (no rewrite
// rules), readable without JavaScript, and taken over in place by the wasm app.
import { expect, test } from "@playwright/test";
import { SUBPATH_PORT } from "./playwright.config.js";
import { openPage, showReadingControls, watchConsole } from "./helpers.js";

/** Every page's path, from the sitemap (which lists every indexable page), plus /saved. */
async function allPaths(request) {
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return [...paths, "/saved"];
}

const attribute = (html, pattern) => html.match(pattern)?.[1];

test("every route answers 200 with its heading, title and description already in the HTML", async ({ request }) => {
  const paths = await allPaths(request);
  expect(paths.length).toBeGreaterThanOrEqual(20);
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain("text/html");
    const html = await response.text();
    const h1 = attribute(html, /<h1[^>]*>([^<]+)</);
    const title = attribute(html, /<title>([^<]+)<\/title>/);
    expect(h1, `${path}: <h1>`).toBeTruthy();
    expect(title, `${path}: <title>`).toContain("Brightwell Health");
    expect(attribute(html, /<meta name="description" content="([^"]+)"/), `${path}: description`).toBeTruthy();
    expect(html.match(/<title>/g).length, `${path}: one title`).toBe(1);
    if (path !== "/saved") {
      expect(attribute(html, /<link rel="canonical" href="([^"]+)"/), `${path}: canonical`).toMatch(new RegExp(`${path === "/" ? "/" : path}$`));
      expect(html, `${path}: Open Graph`).toContain('<meta property="og:title"');
    }
  }
});

test("article and slideshow pages carry JSON-LD MedicalWebPage with its review", async ({ request }) => {
  for (const path of ["/back-pain/spinal-manipulation", "/back-pain/back-pain-myths"]) {
    const html = await (await request.get(path)).text();
    const json = JSON.parse(attribute(html, /<script type="application\/ld\+json">([^<]+)<\/script>/));
    expect(json["@type"]).toBe("MedicalWebPage");
    expect(json.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.reviewedBy[0].name).toBeTruthy();
    expect(json.url).toMatch(new RegExp(`${path}$`));
  }
});

test("an unknown path answers 404 with the not-found page, before and after the app starts", async ({ page, request }) => {
  const response = await request.get("/no/such/page");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Page not found");
  const console = watchConsole(page);
  await page.goto("/back-pain/no-such-article");
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  await expect(page.locator("main h1")).toHaveText("Page not found");
  await expect(page.locator("main")).toHaveCount(1);
  // The browser reports the 404 status itself; nothing else may complain.
  expect(console.problems.filter((p) => !p.includes("404"))).toEqual([]);
});

test("hydration keeps the pre-rendered tree, shifts nothing, and every control works", async ({ page, isMobile }) => {
  const console = watchConsole(page);
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => !e.hadRecentInput && (window.__shift += e.value))).observe({ type: "layout-shift", buffered: true });
    // Remember the <main> the HTML parser made, to compare with the one left after hydration.
    new MutationObserver((_, observer) => {
      const main = document.querySelector("main");
      if (main) {
        window.__parsedMain = main;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openPage(page, "/back-pain/back-pain-myths");
  expect(await page.evaluate(() => document.querySelector("main") === window.__parsedMain)).toBe(true);
  await page.waitForTimeout(500); // let post-hydration effects (stored preferences, carousel) settle
  expect(await page.evaluate(() => window.__shift), "layout shift from loading and hydrating").toBe(0);
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.locator("main h1")).toHaveCount(1);

  await showReadingControls(page);
  if (isMobile) await page.getByText("Display options").click();
  await page.getByRole("button", { name: "Increase text size" }).click();
  await expect(page.getByText("Text size: 112%")).toBeVisible();
  await page.getByRole("button", { name: "Save slideshow" }).click();
  await expect(page.getByRole("button", { name: "Save slideshow" })).toHaveAttribute("aria-pressed", "true");
  const show = page.locator(".slideshow");
  await show.getByRole("button", { name: "Next" }).click();
  await expect(show.locator(".slideshow__status")).toHaveText("Slide 2 of 6");
  const carousel = page.getByRole("region", { name: "Today on Brightwell Health" });
  await carousel.getByRole("button", { name: "Next" }).click();
  await expect(carousel.locator(".carousel__status")).not.toHaveText(/^Showing 1/);
  // Client-side navigation still works after hydration.
  await page.getByRole("link", { name: "Back Pain Health Center" }).first().click();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  console.check();
});

test("no Content-Security-Policy violation across pages and navigation", async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = JSON.parse(sessionStorage.getItem("violations") ?? "[]");
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
      sessionStorage.setItem("violations", JSON.stringify(window.__violations));
    });
  });
  for (const path of ["/", "/back-pain", "/back-pain/sciatica", "/sleep/sleep-myths", "/saved", "/nope"]) {
    await page.goto(path);
    await page.waitForFunction(() => document.documentElement.dataset.app === "started");
  }
  await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).first().click();
  await page.locator("main").getByRole("link", { name: "Sciatica", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test("the host sends the headers from _headers, and pre-compressed files", async ({ request }) => {
  const html = await request.get("/back-pain", { headers: { "Accept-Encoding": "br" } });
  const headers = html.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["cache-control"]).toContain("must-revalidate");
  expect(headers["content-encoding"]).toBe("br");
  const page = await html.text();
  const boot = attribute(page, /<script type="module" src="\/(assets\/boot-[0-9a-f]+\.js)"/);
  const bootResponse = await request.get(`/${boot}`);
  expect(bootResponse.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  // The bootstrap names the wasm relative to itself, so it works under any public URL.
  const wasm = `assets/${attribute(await bootResponse.text(), /new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)/)}`;
  expect(wasm).toMatch(/^assets\/health-center-[0-9a-f]{16}_bg\.wasm$/);
  const wasmResponse = await request.get(`/${wasm}`, { headers: { "Accept-Encoding": "gzip" } });
  expect(wasmResponse.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(wasmResponse.headers()["content-encoding"]).toBe("gzip");
  // Every kind of path gets exactly one Cache-Control (the server joins values that two
  // rules set, as Netlify and Cloudflare Pages do, so a second one would show here).
  const revalidate = "public, max-age=0, must-revalidate";
  for (const path of ["/", "/back-pain", "/back-pain/sciatica/", "/content/back-pain/sciatica.json", "/content/site.json",
    "/sitemap.xml", "/robots.txt", "/no/such/page", "/search/index.json", "/a-z"]) {
    expect((await request.get(path)).headers()["cache-control"], path).toBe(revalidate);
  }
  // Every published picture is named by its content hash: immutable, like the app's files.
  const picture = (await (await request.get("/back-pain/sciatica")).text()).match(/src="(\/images\/back-pain\/sciatica\.[0-9a-f]{20}\.svg)"/)[1];
  expect((await request.get(picture)).headers()["cache-control"], picture).toBe("public, max-age=31536000, immutable");
  const rules = (await (await request.get("/_headers")).text()).split("\n").filter((line) => line.startsWith("/"));
  expect(rules.length, "a handful of rules, whatever the number of pages").toBeLessThanOrEqual(6);
  // The search index: chunks are named by their content hash, so they are immutable too.
  const manifest = await (await request.get("/search/index.json")).json();
  const chunk = await request.get(`/search/${manifest.chunks[0].file}`);
  expect(chunk.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const fragment = await request.get(`/search/${manifest.fragments}/0.json`);
  expect(fragment.headers()["cache-control"]).toBe(revalidate);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<url><loc>[^<]+\/back-pain\/sciatica<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod><\/url>/);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("an article is readable and its links are working links", async ({ page }) => {
    await page.goto("/back-pain/spinal-manipulation");
    await expect(page.locator("main h1")).toHaveText("Spinal Manipulation");
    await expect(page.getByRole("heading", { name: "What it is" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
    // Controls that need the app are not offered.
    await expect(page.getByRole("button", { name: "Increase text size" })).toBeHidden();
    await expect(page.getByRole("button", { name: /^Save/ })).toBeHidden();
    await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).first().click();
    await expect(page).toHaveURL(/\/back-pain$/);
    await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  });

  test("a slideshow shows every slide", async ({ page }) => {
    await page.goto("/back-pain/back-pain-myths");
    await expect(page.locator(".slide:visible")).toHaveCount(6);
    await expect(page.locator(".slideshow__controls")).toBeHidden();
  });
});

test.describe("built for a sub-path (PUBLIC_URL=/health/)", () => {
  test.use({ baseURL: `http://127.0.0.1:${SUBPATH_PORT}` });

  test("pages, links, assets and fetches all stay under /health/", async ({ page, request }) => {
    const console = watchConsole(page);
    const outside = [];
    page.on("request", (r) => !new URL(r.url()).pathname.startsWith("/health/") && outside.push(r.url()));
    for (const path of ["/health/", "/health/back-pain", "/health/back-pain/spinal-manipulation"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toMatch(/<h1/);
    }
    await openPage(page, "/health/back-pain");
    await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
    // The links below are followed by the app (no page load) under the sub-path too.
    await page.evaluate(() => (window.__sameDocument = true));
    expect(await page.locator("main .picture img:not(.picture__preview)").first().getAttribute("src")).toMatch(/^\/health\/images\//);
    const hrefs = await page.locator("main a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((href) => !href.startsWith("/health/"))).toEqual([]);
    await page.locator("main").getByRole("link", { name: "Sciatica", exact: true }).first().click();
    await expect(page).toHaveURL(/\/health\/back-pain\/sciatica$/);
    await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
    await page.getByRole("link", { name: "Brightwell Health" }).first().click();
    await expect(page).toHaveURL(/\/health\/$/);
    await expect(page.locator("main h1")).toHaveText("Brightwell Health");
    await page.goBack();
    await expect(page).toHaveURL(/\/health\/back-pain\/sciatica$/);
    await expect(page.locator("main h1")).toHaveText("Sciatica");
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    expect(outside).toEqual([]);
    console.check();
  });
});

test("a directory URL with a trailing slash (as some hosts redirect to) hydrates too", async ({ page, isMobile }) => {
  const console = watchConsole(page);
  await openPage(page, "/back-pain/sciatica/");
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  await showReadingControls(page);
  if (isMobile) await page.getByText("Display options").click();
  await page.getByRole("button", { name: "Increase text size" }).click();
  await expect(page.getByText("Text size: 112%")).toBeVisible();
  await page.locator("main").getByRole("link", { name: "Back Pain Health Center" }).first().click();
  await expect(page.locator("main h1")).toHaveText("Back Pain Health Center");
  console.check();
});
