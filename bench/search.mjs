// make bench-search: what search costs a reader on a site of 5,000 generated articles (the
// real site build's output): bytes (brotli) of the first query of a visit (the search
// module, its wasm and the index files it needs) and of a later query, and the time from the
// last keystroke to the results at 4× CPU slowdown, once the index files are loaded. Printed;
// written to target/bench/search.json. Needs the scale site: make bench-scale, or it builds one.
// `searchCosts` is also what make bench-scale prints for each of its sites.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SIZE = Number(process.env.SEARCH_SIZE ?? 5000);
const content = join(root, `target/scale/content-${SIZE}`);
const dist = join(root, `target/scale/dist-${SIZE}`);
const PORT = 4199;
const CHROMIUM = process.env.HC_CHROMIUM ?? "/usr/bin/chromium";
const FIRST = ["sciatica", "sleep", "back pain", "stretches", "insomnai"];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });

/** Brotli size of a file the site serves, by URL path. */
function brotliOf(dist, sizes, urlPath) {
  if (!sizes.has(urlPath)) {
    let file = join(dist, decodeURIComponent(urlPath));
    if (urlPath.endsWith("/")) file = join(file, "index.html");
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    sizes.set(urlPath, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return sizes.get(urlPath);
}
const searchFile = (path) => path.includes("/search/") && !path.endsWith("/search/") || path.includes("/assets/search-engine-");

/** For each of FIRST's queries on the site in `dist` (served at `port`), the brotli bytes of
 *  a visit's first query and of the next one, and the results' time at 4× CPU. */
export async function searchCosts(dist, port = PORT) {
  const sizes = new Map();
  const server = spawn("node", [join(root, "scripts/serve.mjs"), dist, "--port", String(port)], { stdio: "ignore" });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (let i = 0; i < 100; i++) {
      try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break; } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
    const rows = [];
    for (const [n, first] of FIRST.entries()) {
      const later = FIRST[(n + 1) % FIRST.length];
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const fetched = [];
      page.on("request", (request) => {
        const path = new URL(request.url()).pathname;
        if (searchFile(path)) fetched.push(path);
      });
      await page.goto(`http://127.0.0.1:${port}/search`);
      await page.waitForSelector("#search-page-field");
      const field = page.locator("#search-page-field");
      const settled = async (query) => page.waitForFunction((q) => document.querySelector(".search-status")?.textContent.endsWith(`“${q}”`), query);
      await field.fill(first);
      await settled(first);
      const firstFiles = [...new Set(fetched)];
      fetched.length = 0;
      await field.fill(later);
      await settled(later);
      const laterFiles = [...new Set(fetched)];
      // Timing at 4× CPU, every file already loaded: type each query again, letter by letter,
      // and time the last keystroke's input event to the status line's new text.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      const times = [];
      for (const query of [first, later, first, later, first]) {
        await field.fill(query.slice(0, -1));
        await page.waitForTimeout(200);
        const ms = await page.evaluate((q) => new Promise((done) => {
          const status = document.querySelector(".search-status");
          const input = document.querySelector("#search-page-field");
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (status.textContent.endsWith(`“${q}”`)) { observer.disconnect(); requestAnimationFrame(() => done(performance.now() - start)); }
          });
          observer.observe(document.querySelector("hc-search"), { childList: true, subtree: true, characterData: true });
          input.value = q;
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }), query);
        times.push(ms);
      }
      const sum = (files) => files.reduce((total, path) => total + brotliOf(dist, sizes, path), 0);
      rows.push({
        first, later,
        firstQueryBrotli: sum(firstFiles), firstQueryFiles: firstFiles.length,
        laterQueryBrotli: sum(laterFiles), laterQueryFiles: laterFiles.length,
        resultsAfterTypingMs4x: median(times),
      });
      await context.close();
    }
    return rows;
  } finally {
    await browser.close();
    server.kill();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(content)) {
    run("cargo", ["run", "--quiet", "-p", "health-content", "--features", "build", "--bin", "generate-content", "--",
      "--from", "content", "--to", content, "--articles", String(SIZE)]);
  }
  run("make", ["--no-print-directory", "site", `CONTENT=${content}`, `DIST=${dist}`]);
  const rows = await searchCosts(dist);
  console.log(`search on ${SIZE} generated articles + the shipped ones (brotli bytes; time at 4× CPU, median of 5):`);
  console.table(rows);
  mkdirSync(join(root, "target/bench"), { recursive: true });
  writeFileSync(join(root, "target/bench/search.json"), JSON.stringify(rows, null, 2));
}

