// make bench-photos: the picture pipeline on real photographs. For the shipped centers and for
// 1,000 and 5,000 generated articles (PHOTO_SIZES to change), every article gets its own
// 3200 × 1800 photograph (photo-content: cut and tinted from the set-up's photographs, so no
// two files are equal); the real build runs with an empty picture cache (fresh), again with it
// warm after one article's text is edited, and the dist's pictures are measured. Then, on the
// shipped-centers photo site: Lighthouse (mobile, median of LH_RUNS) on the photo hub, the
// photo article and the same hub with the shipped drawings, and the bytes of pictures a first
// screen requests at 390 × 844 (DPR 3) and 1280 × 800 (DPR 1). Writes target/bench/photos.json.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "target/bench");
const work = join(root, "target/bench/photos");
const CHROMIUM = process.env.HC_CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SIZES = (process.env.PHOTO_SIZES ?? "1000,5000").split(",").filter(Boolean).map(Number);
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const PHOTOS = execFileSync("bash", ["-c", "source scripts/versions.sh && echo $HC_PHOTOS_DIR"], { cwd: root, encoding: "utf8" }).trim();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", env: { ...process.env, ...env } });
function timed(cmd, args, env) {
  const start = process.hrtime.bigint();
  const output = run(cmd, args, env);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, output };
}
const site = (content, dist) => ["--no-print-directory", "site", `CONTENT=${content}`, `DIST=${dist}`];

function folderBytes(dir) {
  let bytes = 0, files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) { const sub = folderBytes(path); bytes += sub.bytes; files += sub.files; }
    else { bytes += statSync(path).size; files += 1; }
  }
  return { bytes, files };
}

/** Builds `content` into `dist` with an empty cache, then again after editing one article. */
function encodeTimes(label, content, dist) {
  const cache = join(work, `cache-${label}`);
  rmSync(cache, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  const env = { HC_PICTURE_CACHE: cache };
  const fresh = timed("make", site(content, dist), env);
  const file = join(content, "back-pain/spinal-manipulation.md");
  const original = readFileSync(file, "utf8");
  writeFileSync(file, original.replace(/^title = "(.*)"$/m, 'title = "$1 (edited)"'));
  const edited = timed("make", site(content, dist), env);
  writeFileSync(file, original);
  const photographs = Number(fresh.output.match(/\((\d+) photographs/)?.[1] ?? 0);
  // The site build's own time (the make and cargo start-up around it is left out).
  const stepS = (output) => Number(output.match(/^prerender: .* in ([\d.]+) s$/m)?.[1]);
  return { label, photographs, freshS: stepS(fresh.output), oneEditS: stepS(edited.output), freshWallS: fresh.seconds, oneEditWallS: edited.seconds, encodedOnEdit: Number(edited.output.match(/(\d+) encoded now/)?.[1]),
    images: folderBytes(join(dist, "images")), dist: folderBytes(dist), cache: folderBytes(cache) };
}

function photoContent(content, articles) {
  rmSync(content, { recursive: true, force: true });
  if (articles) {
    run("cargo", ["run", "--quiet", "-p", "health-content", "--features", "build", "--bin", "generate-content", "--",
      "--from", "content", "--to", content, "--articles", String(articles)]);
  } else {
    run("cp", ["-r", "content", content]);
  }
  run("cargo", ["run", "--quiet", "-p", "health-content", "--features", "build", "--bin", "photo-content", "--",
    "--content", content, "--photos", join(PHOTOS, "gnome")]);
}

function serve(dir, port) {
  return spawn("node", [join(root, "scripts/serve.mjs"), dir, "--port", String(port)], { stdio: "ignore" });
}
async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    try { if ((await fetch(url)).ok) return; } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    return { performance: Math.round(lhr.categories.performance.score * 100), lcpMs: lhr.audits["largest-contentful-paint"].numericValue,
      cls: lhr.audits["cumulative-layout-shift"].numericValue, totalBytes: lhr.audits["total-byte-weight"].numericValue,
      imageSavings: lhr.audits["uses-responsive-images"].details?.overallSavingsBytes ?? 0 };
  } finally {
    await chrome.kill();
  }
}

/** Bytes of pictures a page requests until the network is quiet, at a viewport. */
async function firstScreenPictures(browser, url, viewport, deviceScaleFactor) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, isMobile: deviceScaleFactor > 1, serviceWorkers: "block" });
  const page = await context.newPage();
  let bytes = 0, count = 0;
  page.on("response", async (response) => {
    if (!new URL(response.url()).pathname.startsWith("/images/")) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
    count += 1;
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  await context.close();
  return { bytes, count };
}

mkdirSync(work, { recursive: true });
mkdirSync(out, { recursive: true });
// PHOTO_BUILDS=reuse measures the pages only, with the build numbers of the last run.
const buildsFile = join(out, "photos-builds.json");
let builds = [];
if (process.env.PHOTO_BUILDS === "reuse") {
  builds = JSON.parse(readFileSync(buildsFile, "utf8"));
} else {
  const shippedContent = join(work, "content-shipped");
  photoContent(shippedContent, 0);
  builds.push(encodeTimes("shipped centers", shippedContent, join(work, "dist-shipped")));
  for (const size of SIZES) {
    const content = join(work, `content-${size}`);
    photoContent(content, size);
    builds.push(encodeTimes(`+${size} articles`, content, join(work, `dist-${size}`)));
    rmSync(content, { recursive: true, force: true });
    rmSync(join(work, `dist-${size}`), { recursive: true, force: true });
    writeFileSync(buildsFile, JSON.stringify(builds, null, 2));
  }
  writeFileSync(buildsFile, JSON.stringify(builds, null, 2));
}

// Not 4190: fetch refuses that port (the Fetch standard's list of bad ports).
const [photoPort, drawnPort] = [4194, 4195];
const servers = [serve(join(work, "dist-shipped"), photoPort), serve(join(root, "dist"), drawnPort)];
await waitFor(`http://127.0.0.1:${photoPort}/`);
await waitFor(`http://127.0.0.1:${drawnPort}/`);
const pages = {
  "photo hub": `http://127.0.0.1:${photoPort}/back-pain/`,
  "photo article": `http://127.0.0.1:${photoPort}/back-pain/spinal-manipulation/`,
  "hub with drawings": `http://127.0.0.1:${drawnPort}/back-pain/`,
};
const lighthouseRuns = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
for (let i = 0; i < LH_RUNS; i++) for (const [name, url] of Object.entries(pages)) lighthouseRuns[name].push(await runLighthouse(url));
const lighthouseMedians = Object.fromEntries(Object.entries(lighthouseRuns).map(([name, runs]) =>
  [name, Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]))]));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => !f.startsWith("--headless")) });
const screens = {};
for (const [name, url] of Object.entries(pages).slice(0, 2)) {
  screens[name] = {
    phone: await firstScreenPictures(browser, url, { width: 390, height: 844 }, 3),
    desktop: await firstScreenPictures(browser, url, { width: 1280, height: 800 }, 1),
  };
}
await browser.close();
servers.forEach((s) => s.kill());

console.log("\n| build (real photographs, 3200 × 1800 JPEG each) | photographs | fresh encode + build | one article edited (warm cache) | pictures in dist | files | cache |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const b of builds) {
  console.log(`| ${b.label} | ${b.photographs} | ${b.freshS.toFixed(1)} s | ${b.oneEditS.toFixed(1)} s (${b.encodedOnEdit} encoded) | ${(b.images.bytes / 1048576).toFixed(1)} MB | ${b.images.files} | ${(b.cache.bytes / 1048576).toFixed(1)} MB |`);
}
console.log(`\nLighthouse mobile, median of ${LH_RUNS}:\n\n| page | perf | LCP ms | CLS | bytes transferred | "properly size images" saving |\n|---|---:|---:|---:|---:|---:|`);
for (const [name, m] of Object.entries(lighthouseMedians)) {
  console.log(`| ${name} | ${m.performance} | ${m.lcpMs.toFixed(0)} | ${m.cls.toFixed(3)} | ${kb(m.totalBytes)} | ${kb(m.imageSavings)} |`);
}
const ratio = lighthouseMedians["photo hub"].lcpMs / lighthouseMedians["hub with drawings"].lcpMs;
console.log(`\nLCP(photo hub) / LCP(hub with drawings): ${ratio.toFixed(2)} (goal ≤ 1.15)`);
console.log("\n| first screen: pictures requested | 390 × 844, DPR 3 | 1280 × 800, DPR 1 |\n|---|---:|---:|");
for (const [name, s] of Object.entries(screens)) {
  console.log(`| ${name} | ${kb(s.phone.bytes)} (${s.phone.count}) | ${kb(s.desktop.bytes)} (${s.desktop.count}) |`);
}
writeFileSync(join(out, "photos.json"), JSON.stringify({ builds, lighthouse: lighthouseMedians, lighthouseRuns, ratio, screens }, null, 2));
