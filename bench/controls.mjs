// Time from the first paint to working controls on a slow phone: Lighthouse's mobile
// conditions applied through CDP (150 ms round trip, 1.6 Mbps down, 750 kbps up, 4× CPU), a
// fresh browser context each load (nothing cached, no service worker), 390×844 at DPR 3.
// "Working" is <html data-app="started">: the bootstrap sets it once hydration has finished
// and the taps kept before it have been replayed. Also counts the JS and wasm the page
// requested by then, and their bytes as served (brotli: the .br files make dist writes): the
// chunks a split app fetches.
import { chromium } from "playwright-core";

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Records, from the first byte, when the first contentful paint and data-app="started" happen. */
function recordStart() {
  window.__bench = { started: null };
  // The document is observed, not <html>: an init script runs before <html> exists.
  new MutationObserver(() => {
    if (window.__bench.started === null && document.documentElement.dataset.app === "started") window.__bench.started = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-app"] });
}

/**
 * One load of `url` on the slow phone: { paintMs, lcpMs, startedMs, scripts, scriptBytes }. A
 * page without the app (the static floor) is measured once loaded, with startedMs null.
 */
export async function slowLoad(browser, url, { app = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(recordStart);
    await page.goto(url, { waitUntil: "load" });
    if (app) await page.waitForFunction(() => window.__bench.started !== null, null, { timeout: 60_000 });
    return await page.evaluate(async () => {
      const startedMs = window.__bench.started;
      // The largest contentful paint so far (the page's, under the same conditions).
      const lcpMs = await new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(list.getEntries().at(-1)?.startTime ?? null);
        }).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve(null), 1000);
      });
      // Only what was asked for before the app had started counts as its first load (the
      // head script is inline: it is in the page's bytes, not here).
      const scripts = performance.getEntriesByType("resource")
        .filter((entry) => /\.(js|wasm)$/.test(new URL(entry.name).pathname) && entry.startTime < (startedMs ?? Infinity));
      return {
        paintMs: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
        lcpMs,
        startedMs,
        scripts: scripts.length,
        scriptBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      };
    });
  } finally {
    await context.close();
  }
}

/** For each [name, url]: medians over `runs` slow loads, the pages taking turns. */
export async function timeToWorkingControls(executablePath, args, pages, runs = 5) {
  const browser = await chromium.launch({ executablePath, args });
  const samples = Object.fromEntries(pages.map(([name]) => [name, []]));
  try {
    for (let round = 0; round < runs; round++) {
      for (const [name, url] of pages) samples[name].push(await slowLoad(browser, url));
    }
  } finally {
    await browser.close();
  }
  return Object.fromEntries(Object.entries(samples).map(([name, loads]) => [name, {
    runs: loads.length,
    paintMs: median(loads.map((l) => l.paintMs)),
    lcpMs: median(loads.map((l) => l.lcpMs)),
    startedMs: median(loads.map((l) => l.startedMs)),
    deadMs: median(loads.map((l) => l.startedMs - l.paintMs)),
    scripts: median(loads.map((l) => l.scripts)),
    scriptBytes: median(loads.map((l) => l.scriptBytes)),
  }]));
}
