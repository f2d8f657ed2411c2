// Nothing of the app is requested before the first paint (issue 23): each page lists the app's
// files in an inert <template id="hc-app">, and the head script (public/start-after-paint.js)
// adds them to the page at the first contentful paint, as the browser's paint timing reports
// it, so they download side by side after it. Where paint timing is missing, or never reports
// (a page opened in a background tab), the app still starts.
import { test, expect } from "@playwright/test";
import { showReadingControls, watchConsole } from "./helpers.js";

const PAGES = [
  ["article", "/back-pain/spinal-manipulation"],
  ["hub", "/back-pain"],
  ["home", "/"],
  ["slideshow", "/back-pain/back-pain-myths"],
  ["saved", "/saved"],
  ["A to Z", "/a-z"],
  ["search", "/search"],
];

const started = (page) => page.waitForFunction(() => document.documentElement.dataset.app === "started");

/** The page's script and wasm requests: [path, start ms], and the first contentful paint. */
function requestsAndPaint(page) {
  return page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    requests: performance.getEntriesByType("resource")
      .filter((entry) => /\.(js|wasm)$/.test(new URL(entry.name).pathname))
      .map((entry) => [new URL(entry.name).pathname, entry.startTime]),
  }));
}

for (const [name, path] of PAGES) {
  test(`the ${name} page requests nothing of the app before its first paint, then each file once`, async ({ page }) => {
    const console = watchConsole(page);
    const asked = [];
    page.on("request", (request) => {
      if (/\.(js|wasm)$/.test(new URL(request.url()).pathname)) asked.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    await started(page);
    const { paint, requests } = await requestsAndPaint(page);
    expect(paint, "the browser timed the first contentful paint").not.toBeNull();
    const early = requests.filter(([, start]) => start < paint);
    expect(early, `requested before the first paint at ${paint} ms`).toEqual([]);
    // The list the page carries is what was fetched, each file once (the preloads are reused).
    const listed = await page.evaluate(() =>
      [...document.getElementById("hc-app").content.querySelectorAll("[href], [src]")]
        .map((el) => new URL(el.getAttribute("href") ?? el.getAttribute("src"), location.href).pathname),
    );
    expect(listed.length).toBeGreaterThanOrEqual(4);
    for (const file of listed) expect(asked.filter((url) => url === file), file).toHaveLength(1);
    console.check();
  });
}

test("the app's files are listed in <head>, inert in the page as served", async ({ request }) => {
  const html = await (await request.get("/back-pain")).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const list = head.slice(head.indexOf('<template id="hc-app">'), head.indexOf("</template>", head.indexOf('<template id="hc-app">')));
  expect(list).toMatch(/<link rel="preload" href="\/assets\/health-center-[0-9a-f]{16}_bg\.wasm" as="fetch" crossorigin="anonymous">/);
  expect(list).toMatch(/<link rel="modulepreload" href="\/assets\/health-center-[0-9a-f]{16}\.js" integrity="sha384-[^"]+" crossorigin="anonymous">/);
  expect(list).toMatch(/<link rel="preload" href="\/assets\/split-hub-page-[0-9a-f]{16}\.wasm"/);
  expect(list).toMatch(/<script type="module" src="\/assets\/boot-[0-9a-f]{16}\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n$/);
  // Outside the list, the page names none of the app's scripts or its wasm.
  const outside = head.replace(list, "");
  expect(outside).not.toMatch(/\.wasm"|modulepreload|type="module"/);
});

test("without paint timing the app starts once the page has been read", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(PerformanceObserver, "supportedEntryTypes", { get: () => [] }));
  const console = watchConsole(page);
  await page.goto("/back-pain/spinal-manipulation");
  await started(page);
  await showReadingControls(page);
  await page.getByRole("button", { name: "Increase text size" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "112");
  console.check();
});

test("when the first paint is never reported (a page opened in a background tab) the app starts after the page has loaded", async ({ page }) => {
  // The observer is accepted but never called back, as for a page loaded while hidden.
  await page.addInitScript(() => {
    PerformanceObserver.prototype.observe = function () {};
    window.__loadedAt = null;
    addEventListener("load", () => (window.__loadedAt = performance.now()));
  });
  const console = watchConsole(page);
  await page.goto("/back-pain/spinal-manipulation");
  await started(page);
  const { loadedAt, startedAt } = await page.evaluate(() => ({
    loadedAt: window.__loadedAt,
    startedAt: performance.getEntriesByType("resource").find((entry) => entry.name.endsWith("_bg.wasm")).startTime,
  }));
  expect(startedAt - loadedAt, "the fallback waits a second after the load event").toBeGreaterThanOrEqual(900);
  console.check();
});
