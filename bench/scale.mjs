// make bench-scale: the real build with generated catalogs of 1,000, 5,000 and 50,000 articles
// (SCALE_SIZES to change), beside the shipped content. For each: the site build's time on
// a fresh folder, unchanged and after one article changed, its peak memory and where its time
// went (the site build's own closing line), the app's bytes (which must not change),
// the site's size, _headers rules, the largest page, first-load bytes of one article page
// and its hydration long task at 4× CPU (the sites taking turns, median of SCALE_LOADS), the
// time from saving an article under `make serve` to its page being served with the change
// and to the whole site being rebuilt (bench/serve-save.mjs, median of 3 saves), and
// what search costs on it (bench/search.mjs: the largest first and later query of its five,
// brotli, and their results' median time at 4× CPU). Printed as a table; written to target/bench/scale.json.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";
import { distBytes } from "../scripts/dist-bytes.mjs";
import { searchCosts } from "./search.mjs";
import { serveSaves } from "./serve-save.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "target/bench");
const work = join(root, "target/scale");
const SIZES = (process.env.SCALE_SIZES ?? "1000,5000,50000").split(",").map(Number);
const LOADS = Number(process.env.SCALE_LOADS ?? 9);
const ARTICLE = "/back-pain/spinal-manipulation";
const CHROMIUM = process.env.HC_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const brotli = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
/** Runs a build: its time, and what the site build's closing line says of its peak memory
 *  and phases ("…; read and check 1.68 s, …; peak memory 2041 MB in 22.80 s"). */
function timed(cmd, args) {
  const start = process.hrtime.bigint();
  const output = run(cmd, args);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const summary = output.split("\n").find((l) => l.startsWith("prerender: ") && !l.startsWith("prerender: note: ")) ?? "";
  const peakMb = Number(summary.match(/peak memory (\d+) MB/)?.[1] ?? NaN);
  const phases = summary.match(/removed\); (.*?)(?:; peak memory| in [\d.]+ s$)/)?.[1] ?? "";
  return { seconds, peakMb, phases };
}
const site = (content, dist) => ["--no-print-directory", "site", `CONTENT=${content}`, `DIST=${dist}`];

/** Size, file count and largest page of a built site. */
function walk(dist) {
  let bytes = 0, files = 0, largestPage = { path: "", bytes: 0 };
  const visit = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const info = statSync(path);
      if (info.isDirectory()) { visit(path); continue; }
      bytes += info.size;
      files += 1;
      if (name === "index.html" && info.size > largestPage.bytes) largestPage = { path: path.slice(dist.length), bytes: info.size };
    }
  };
  visit(dist);
  return { bytes, files, largestPage };
}

/** The longest task while the article page loads and hydrates, at 4× CPU slowdown. */
async function longestTask(browser, port) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(`http://127.0.0.1:${port}${ARTICLE}`);
  // Hydrated when the save button answers a click.
  await page.getByRole("button", { name: "Save article" }).click();
  await page.waitForFunction(() => document.querySelector(".save__button")?.getAttribute("aria-pressed") === "true");
  const longest = await page.evaluate(() => window.__longest);
  await context.close();
  return longest;
}

/** The hydration long task of each site, LOADS loads each, the sites taking turns so that
 * the machine's noise falls on all alike; median per site. */
async function hydrationTasks(dists) {
  // From 4210: 4190 is on the Fetch standard's list of refused ports.
  const ports = dists.map((_, i) => 4210 + i);
  const servers = dists.map((dist, i) => spawn("node", [join(root, "scripts/serve.mjs"), dist, "--port", String(ports[i])], { stdio: "ignore" }));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    for (const port of ports) {
      for (let i = 0; i < 100; i++) {
        try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break; } catch {}
        await new Promise((r) => setTimeout(r, 100));
      }
      await longestTask(browser, port); // warm-up, not counted
    }
    const samples = dists.map(() => []);
    for (let round = 0; round < LOADS; round++) {
      for (const [i, port] of ports.entries()) samples[i].push(await longestTask(browser, port));
    }
    return samples.map((xs) => ({ medianMs: median(xs), samplesMs: xs }));
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }
}

async function measure(label, content, dist, articles) {
  let fresh = null, oneChanged = null, unchanged = null, peakMb = null, phases = "", editPhases = "", serve = null;
  if (content) {
    rmSync(dist, { recursive: true, force: true });
    const freshRun = timed("make", site(content, dist));
    fresh = freshRun.seconds;
    peakMb = freshRun.peakMb;
    phases = freshRun.phases;
    unchanged = timed("make", site(content, dist)).seconds;
    // One article changed, as an editor would: its title.
    const file = join(content, "back-pain/spinal-manipulation.md");
    const original = readFileSync(file, "utf8");
    const edited = original.replace(/^title = "(.*)"$/m, 'title = "$1 (edited)"');
    if (edited === original) throw new Error(`${file}: no title line to edit`);
    writeFileSync(file, edited);
    const edit = timed("make", site(content, dist));
    oneChanged = edit.seconds;
    editPhases = edit.phases;
    writeFileSync(file, original);
    run("make", site(content, dist));
    serve = await serveSaves(content, dist);
  }
  const bytes = distBytes(dist);
  const wasmName = readdirSync(join(dist, "assets")).find((f) => f.startsWith("health-center-") && f.endsWith("_bg.wasm"));
  const headers = readFileSync(join(dist, "_headers"), "utf8").split("\n").filter((l) => l.startsWith("/")).length;
  const articleHtml = readFileSync(join(dist, ARTICLE, "index.html"));
  return {
    label, articles, contentStepFreshS: fresh, contentStepUnchangedS: unchanged, contentStepOneChangedS: oneChanged, peakMb, phases, editPhases, serve,
    wasm: { name: wasmName, raw: bytes.wasm.raw, brotli: bytes.wasm.brotli },
    firstLoadScriptBrotli: bytes.firstLoadScript.brotli,
    articleHtml: { raw: articleHtml.length, brotli: brotli(articleHtml) },
    firstLoadArticleBrotli: bytes.firstLoadScript.brotli + bytes.css.brotli + brotli(articleHtml),
    headersRules: headers, ...walk(dist), dist,
  };
}

mkdirSync(work, { recursive: true });
mkdirSync(out, { recursive: true });
const rows = [await measure("shipped", null, join(root, "dist"), null)];
for (const size of SIZES) {
  const content = join(work, `content-${size}`);
  const dist = join(work, `dist-${size}`);
  run("cargo", ["run", "--quiet", "-p", "health-content", "--features", "build", "--bin", "generate-content", "--",
    "--from", "content", "--to", content, "--articles", String(size)]);
  rows.push(await measure(`+${size}`, content, dist, size));
}
const tasks = await hydrationTasks(rows.map((row) => row.dist));
rows.forEach((row, i) => (row.hydration = tasks[i]));
for (const row of rows) {
  const queries = await searchCosts(row.dist, 4230);
  row.search = {
    queries,
    firstQueryBrotliMax: Math.max(...queries.map((q) => q.firstQueryBrotli)),
    laterQueryBrotliMax: Math.max(...queries.map((q) => q.laterQueryBrotli)),
    resultsMs4xMedian: median(queries.map((q) => q.resultsAfterTypingMs4x)),
  };
}
const shippedItems = readdirSync(join(root, "content")).filter((d) => existsSync(join(root, "content", d, "_center.json")))
  .map((d) => readdirSync(join(root, "content", d)).filter((f) => f.endsWith(".md")).length).reduce((a, b) => a + b, 0);
rows[0].articles = shippedItems;
for (const row of rows.slice(1)) row.articles += shippedItems;
writeFileSync(join(out, "scale.json"), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));

const kb = (n) => (n / 1024).toFixed(1);
const s = (x) => (x === null ? "—" : `${x.toFixed(1)} s`);
const line = (cells) => `| ${cells.join(" | ")} |`;
const base = rows[0];
console.log([
  line(["articles", "wasm (raw / brotli KB)", "same wasm", "site build: fresh", "unchanged", "one article edited", "make serve: save → page served / site rebuilt", "peak memory MB", "dist MB", "files", "_headers rules", "largest page KB", "article page KB raw / br", "article first load KB br", "hydration long task ms (median)", "search: first / later query KB br (largest)", "search results ms at 4× (median)"]),
  line(["---:", "---:", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
  ...rows.map((r) => line([
    r.articles.toLocaleString("en"), `${kb(r.wasm.raw)} / ${kb(r.wasm.brotli)}`, r.wasm.name === base.wasm.name ? "yes" : "**NO**",
    s(r.contentStepFreshS), s(r.contentStepUnchangedS), s(r.contentStepOneChangedS),
    r.serve ? `${r.serve.pageMedianMs.toFixed(0)} ms / ${(r.serve.builtMedianMs / 1000).toFixed(1)} s` : "—", r.peakMb ?? "—", (r.bytes / 1048576).toFixed(1), r.files.toLocaleString("en"),
    r.headersRules, `${kb(r.largestPage.bytes)} (${r.largestPage.path.replace(/\/index\.html$/, "") || "/"})`,
    `${kb(r.articleHtml.raw)} / ${kb(r.articleHtml.brotli)} (${((r.articleHtml.brotli / base.articleHtml.brotli - 1) * 100).toFixed(1)} %)`,
    `${kb(r.firstLoadArticleBrotli)} (${((r.firstLoadArticleBrotli / base.firstLoadArticleBrotli - 1) * 100).toFixed(1)} %)`,
    `${r.hydration.medianMs.toFixed(0)} (${((r.hydration.medianMs / base.hydration.medianMs - 1) * 100).toFixed(0)} %)`,
    `${kb(r.search.firstQueryBrotliMax)} / ${kb(r.search.laterQueryBrotliMax)}`, r.search.resultsMs4xMedian.toFixed(0),
  ])),
].join("\n"));
for (const r of rows.slice(1)) console.log(`\n${r.articles.toLocaleString("en")} articles, where the fresh build's time went: ${r.phases}\n  and one edit's: ${r.editPhases}`);
console.log(`\nWritten to ${join(out, "scale.json")}`);
