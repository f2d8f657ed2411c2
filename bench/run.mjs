// make bench: one run on this machine, printed as a table and written to target/bench/results.json.
//   1. bytes  2. Lighthouse (mobile, simulated throttling)  3. the static-HTML floor
//   4. interaction timings in Chromium  5. first paint to working controls on a slow phone. (The catalog's scale is `make bench-scale`: bench/scale.mjs.)
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { distBytes } from "../scripts/dist-bytes.mjs";
import { timeToWorkingControls } from "./controls.mjs";
import { writeFloor } from "./floor.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const out = join(root, "target/bench");
const CHROMIUM = process.env.HC_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const APP = "http://127.0.0.1:4180";
const FLOOR = "http://127.0.0.1:4181";
const ARTICLE = "/back-pain/spinal-manipulation";
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
// Lighthouse varies by tens of ms between runs; each page is measured this many times, the
// pages taking turns, and each metric is the median.
const LH_RUNS = Number(process.env.LH_RUNS ?? 5);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const fixed = (n, digits = 0) => (typeof n === "number" ? n.toFixed(digits) : "n/a");

function serve(dir, port, extra = []) {
  const child = spawn("node", [join(root, "scripts/serve.mjs"), dir, "--port", String(port), ...extra], { stdio: "ignore" });
  return child;
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score("performance"), accessibility: score("accessibility"),
      bestPractices: score("best-practices"), seo: score("seo"),
      // A metric Lighthouse could not compute stays null (and prints as n/a) with its reason.
      fcpMs: audits["first-contentful-paint"].numericValue ?? null, lcpMs: audits["largest-contentful-paint"].numericValue ?? null,
      tbtMs: audits["total-blocking-time"].numericValue ?? null, cls: audits["cumulative-layout-shift"].numericValue ?? null,
      errors: ["largest-contentful-paint", "total-blocking-time"].map((id) => audits[id].errorMessage).filter(Boolean),
    };
  } finally {
    await chrome.kill();
  }
}

/** The median of each metric over several Lighthouse runs of one page. */
function medianRun(runs) {
  const pick = (key) => { const xs = runs.map((r) => r[key]).filter((x) => typeof x === "number"); return xs.length ? median(xs) : null; };
  const keys = ["performance", "accessibility", "bestPractices", "seo", "fcpMs", "lcpMs", "tbtMs", "cls"];
  return { ...Object.fromEntries(keys.map((k) => [k, pick(k)])), errors: [...new Set(runs.flatMap((r) => r.errors))], runs: runs.length,
    lcpSamplesMs: runs.map((r) => r.lcpMs), tbtSamplesMs: runs.map((r) => r.tbtMs) };
}

/** From a click: [ms until the new <h1> is in the DOM (script time), ms until the frame after it]. */
async function clickToHeading(page, selector, expected) {
  return page.evaluate(async ([selector, expected]) => {
    const link = document.querySelector(selector);
    let inDom = null;
    const observer = new MutationObserver(() => {
      if (inDom === null && document.querySelector("main h1")?.textContent === expected) inDom = performance.now();
    });
    observer.observe(document.querySelector("main"), { childList: true, subtree: true, characterData: true });
    const start = performance.now();
    link.click();
    await new Promise((done) => {
      const check = () => (inDom !== null ? requestAnimationFrame(() => done()) : requestAnimationFrame(check));
      check();
    });
    observer.disconnect();
    return [inDom - start, performance.now() - start];
  }, [selector, expected]);
}

async function interactions() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const link = `.card__title a[href="${ARTICLE}"]`;
  const uncached = [], cached = [], cachedPaint = [], textSize = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${APP}/back-pain`);
    await page.waitForSelector(link);
    // Followed by the app only once it has started (before, the browser loads the page).
    await page.waitForFunction(() => document.documentElement.dataset.app === "started");
    uncached.push((await clickToHeading(page, link, "Spinal Manipulation"))[1]);
    await page.waitForSelector(".article-body");
    await page.goBack();
    await page.waitForSelector(link);
    const [script, painted] = await clickToHeading(page, link, "Spinal Manipulation");
    cached.push(script);
    cachedPaint.push(painted);
    await page.waitForSelector(".article-body");
    textSize.push(await page.evaluate(async () => {
      const button = document.querySelector('[aria-label="Increase text size"]');
      const before = document.documentElement.dataset.textSize;
      const start = performance.now();
      button.click();
      await new Promise((done) => {
        const check = () => (document.documentElement.dataset.textSize !== before ? requestAnimationFrame(() => done()) : requestAnimationFrame(check));
        check();
      });
      return performance.now() - start;
    }));
    await page.evaluate(() => localStorage.clear());
  }
  await browser.close();
  return { runs: RUNS, navigationUncachedMs: median(uncached), navigationCachedMs: median(cached), navigationCachedPaintedMs: median(cachedPaint), textSizeMs: median(textSize) };
}

mkdirSync(out, { recursive: true });
const floorDir = join(out, "floor");
rmSync(floorDir, { recursive: true, force: true });
const [center, slug] = ARTICLE.slice(1).split("/");
writeFloor(dist, floorDir, center, slug);
const servers = [serve(dist, 4180), serve(floorDir, 4181)];
try {
  await waitFor(`${APP}/`);
  await waitFor(`${FLOOR}${ARTICLE}/`);
  const bytes = distBytes(dist);
  const pages = [["home", `${APP}/`], ["hub", `${APP}/back-pain`], ["article", APP + ARTICLE], ["floor", `${FLOOR}${ARTICLE}/`]];
  const samples = Object.fromEntries(pages.map(([name]) => [name, []]));
  for (let round = 0; round < LH_RUNS; round++) {
    for (const [name, url] of pages) samples[name].push(await runLighthouse(url));
  }
  const lh = Object.fromEntries(Object.entries(samples).map(([name, runs]) => [name, medianRun(runs)]));
  const interaction = await interactions();
  // Every page type, by deep link.
  const pageTypes = [...pages.filter(([name]) => name !== "floor"), ["slideshow", `${APP}/back-pain/back-pain-myths`],
    ["saved", `${APP}/saved`], ["a-z", `${APP}/a-z`], ["search", `${APP}/search?q=sciatica`]];
  const controls = await timeToWorkingControls(CHROMIUM, FLAGS.slice(1), pageTypes, LH_RUNS);
  const lcpRatio = lh.article.lcpMs && lh.floor.lcpMs ? lh.article.lcpMs / lh.floor.lcpMs : null;
  const results = { date: new Date().toISOString(), bytes, lighthouse: lh, lcpRatio, interaction, controls };
  writeFileSync(join(out, "results.json"), JSON.stringify(results, null, 2));

  const row = (cells) => `| ${cells.join(" | ")} |`;
  const lines = [
    "## Bytes (raw / gzip / brotli)",
    row(["asset", "raw", "gzip", "brotli"]), row(["---", "---:", "---:", "---:"]),
    ...[
      ["wasm", "wasm"], ["glue", "JS glue (wasm-bindgen)"], ["prefs", "JS head script (inline in every page: preferences, early taps, the start after the paint; in the page's bytes too)"],
      ["boot", "JS bootstrap"], ["css", "CSS (one file)"], ["html", "article HTML (pre-rendered, carries its item)"],
      ["json", "article data file (fetched on client navigation only)"],
    ].map(([k, label]) => row([label, kb(bytes[k].raw), kb(bytes[k].gzip), kb(bytes[k].brotli)])),
    row(["**first-load JS + wasm**", kb(bytes.firstLoadScript.raw), kb(bytes.firstLoadScript.gzip), `**${kb(bytes.firstLoadScript.brotli)}** (goal ≤ 120 KB; 100 KB next)`]),
    row(["article deep link before interactive", kb(bytes.articleTotal.raw), kb(bytes.articleTotal.gzip), kb(bytes.articleTotal.brotli)]),
    "", `## Lighthouse 12 (mobile, simulated throttling; median of ${LH_RUNS} runs, pages taking turns)`,
    row(["page", "perf", "a11y", "best pr.", "SEO", "FCP ms", "LCP ms", "TBT ms", "CLS"]), row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...Object.entries(lh).map(([k, v]) => row([k, v.performance, v.accessibility, v.bestPractices, v.seo, fixed(v.fcpMs), fixed(v.lcpMs), fixed(v.tbtMs), fixed(v.cls, 3)])),
    "", `**LCP(app) / LCP(floor) on the article deep link: ${fixed(lcpRatio, 2)}** (goal ≤ 1.05)`,
    "", `## Interaction in Chromium (median of ${RUNS} runs)`,
    row(["what", "ms"]), row(["---", "---:"]),
    row(["click article link → new <h1> painted, content not cached (fetch on loopback)", interaction.navigationUncachedMs.toFixed(1)]),
    row(["click article link → new <h1> in the DOM (script time), content cached", `${interaction.navigationCachedMs.toFixed(1)} (goal ≤ 16)`]),
    row(["click article link → frame after the new <h1>, content cached", interaction.navigationCachedPaintedMs.toFixed(1)]),
    row(["text-size change applied", `${interaction.textSizeMs.toFixed(1)} (goal ≤ 16)`]),
    "", `## First paint to working controls, slow phone (CDP: 150 ms RTT, 1.6 Mbps, 4× CPU; median of ${LH_RUNS} fresh loads)`,
    row(["page type", "first paint ms", "LCP ms", "app started ms", "controls dead ms", "JS + wasm files", "their KB as served (brotli)"]), row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...Object.entries(controls).map(([name, c]) => row([name, fixed(c.paintMs), fixed(c.lcpMs), fixed(c.startedMs), `**${fixed(c.deadMs)}** (goal ≤ 600)`, c.scripts, kb(c.scriptBytes)])),
  ];
  console.log(lines.join("\n"));
  console.log(`\nWritten to ${join(out, "results.json")}`);
} finally {
  for (const s of servers) s.kill();
}
