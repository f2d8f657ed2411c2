// make bench-offline: what reading offline costs. (1) The bytes a first visit downloads, with
// service workers blocked and allowed, counted by the server (scripts/serve.mjs --log): the
// difference is the worker and what it fetches to keep the page on screen. (2) What the
// worker keeps after a reader has read 35 articles and saved 3 (on the 5,000-article site of
// make bench-scale / bench-search: target/scale/dist-5000): the shell, each page, in all.
// Printed; written to target/bench/offline.json.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = process.env.HC_CHROMIUM ?? "/usr/bin/chromium";
const PORT = 4196;
const LOG = join(root, "target/bench/offline-requests.log");
const SCALE_CONTENT = join(root, "target/scale/content-5000");
const SCALE_DIST = join(root, "target/scale/dist-5000");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

mkdirSync(dirname(LOG), { recursive: true });
if (!existsSync(SCALE_CONTENT)) {
  run("cargo", ["run", "--quiet", "-p", "health-content", "--features", "build", "--bin", "generate-content", "--",
    "--from", "content", "--to", SCALE_CONTENT, "--articles", "5000"]);
}
run("make", ["--no-print-directory", "site", `CONTENT=${SCALE_CONTENT}`, `DIST=${SCALE_DIST}`]);

/** Serves `dist`, logging every response; returns a stop function. */
async function serve(dist) {
  rmSync(LOG, { force: true });
  const server = spawn("node", [join(root, "scripts/serve.mjs"), dist, "--port", String(PORT), "--log", LOG], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${PORT}/robots.txt`)).ok) break; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return () => server.kill();
}
const logged = () => (existsSync(LOG) ? readFileSync(LOG, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line)) : []);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
const result = { firstVisit: {}, kept: {} };
try {
  // (1) A first visit to an article, phone-sized, as a reader arriving from a search.
  for (const mode of ["block", "allow"]) {
    const stop = await serve(join(root, "dist"));
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: mode });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/back-pain/low-back-pain`);
    await page.waitForFunction(() => document.documentElement.dataset.app === "started");
    if (mode === "allow") {
      await page.waitForFunction(() => navigator.serviceWorker.controller != null, null, { timeout: 20_000 });
      await page.waitForFunction(() => caches.match(location.pathname).then(Boolean), null, { timeout: 20_000 });
    }
    await pause(1500);
    const responses = logged();
    result.firstVisit[mode] = { requests: responses.length, bytes: responses.reduce((sum, r) => sum + r.bytes, 0), responses };
    await context.close();
    stop();
  }
  const [blocked, allowed] = [result.firstVisit.block, result.firstVisit.allow];
  const key = (r) => `${r.path} ${r.status}`;
  const extra = allowed.responses.filter((r) => !blocked.responses.some((b) => key(b) === key(r)));
  console.log("\nFirst visit to an article (bytes the server sent, as the host compresses them):");
  console.log(`  service workers blocked: ${blocked.requests} responses, ${blocked.bytes} B (${kb(blocked.bytes)})`);
  console.log(`  service workers allowed: ${allowed.requests} responses, ${allowed.bytes} B (${kb(allowed.bytes)})`);
  console.log(`  difference: ${allowed.bytes - blocked.bytes} B, from: ${extra.map((r) => `${r.path} (${r.status}, ${r.bytes} B)`).join(", ") || "nothing"}`);
  result.firstVisit.extra = extra;

  // (2) A reader who read 35 articles, one by one, and saved 3 of them.
  const stop = await serve(SCALE_DIST);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "allow" });
  const page = await context.newPage();
  // Generated centers hold 250 articles each: topic-1 has article-1 to article-250, and so on.
  const articles = Array.from({ length: 35 }, (_, n) => n * 137 + 1).map((m) => `/topic-${Math.floor((m - 1) / 250) + 1}/article-${m}`);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  for (const path of articles) {
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    await page.waitForFunction(() => document.documentElement.dataset.app === "started");
    if (articles.indexOf(path) < 3) await page.getByRole("button", { name: "Save article" }).click();
    await page.waitForFunction(() => caches.match(location.pathname).then(Boolean), null, { timeout: 20_000 });
  }
  await pause(1500);
  const kept = await page.evaluate(async () => {
    const out = { caches: {}, pages: [] };
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      let bytes = 0;
      const urls = [];
      for (const request of await cache.keys()) {
        bytes += (await (await cache.match(request)).blob()).size;
        urls.push(new URL(request.url).pathname);
      }
      out.caches[name] = { entries: urls.length, bytes };
      if (!name.endsWith("records")) {
        out.shell = urls.filter((u) => u.includes("/assets/"));
        out.pages = urls.filter((u) => !u.includes("/assets/") && !u.includes("/content/") && !u.includes("/images/"));
      }
    }
    out.usage = (await navigator.storage.estimate()).usage;
    return out;
  });
  const shellBytes = await page.evaluate(async (urls) => {
    let bytes = 0;
    for (const url of urls) bytes += (await (await caches.match(url)).blob()).size;
    return bytes;
  }, kept.shell);
  const [name, stats] = Object.entries(kept.caches).find(([n]) => !n.endsWith("records"));
  const pageBytes = stats.bytes - shellBytes;
  const firstThree = articles.slice(0, 3).every((path) => kept.pages.includes(path));
  console.log(`\nAfter reading ${articles.length} articles and saving 3 (5,000-article site), cache ${name}:`);
  console.log(`  pages kept: ${kept.pages.length} (the 30 read last, plus the saved ones that fell out of that list: ${firstThree ? "kept" : "MISSING"})`);
  console.log(`  app shell: ${kb(shellBytes)}; pages with their data files and pictures: ${kb(pageBytes)} (${kb(pageBytes / kept.pages.length)} a page); in all ${kb(stats.bytes)}`);
  console.log(`  the browser's own count of the origin's storage: ${kb(kept.usage)}`);
  result.kept = { pages: kept.pages.length, savedKept: firstThree, shellBytes, pageBytes, totalBytes: stats.bytes, usage: kept.usage };
  await context.close();
  stop();
} finally {
  await browser.close();
}
delete result.firstVisit.block.responses;
delete result.firstVisit.allow.responses;
writeFileSync(join(root, "target/bench/offline.json"), `${JSON.stringify(result, null, 2)}\n`);
