// Two builds of the site side by side on the slow phone of bench/controls.mjs, the pages of
// both taking turns in one run (this machine is shared: compare within a run, not across).
// Usage: node bench/compare-starts.mjs DIST_A DIST_B [PHOTOS_A PHOTOS_B] (RUNS=n, default 7).
// Prints, per page and build, the medians of first paint, LCP, app started and controls dead.
import { spawn } from "node:child_process";
import { chromium } from "playwright-core";
import { slowLoad, timeToWorkingControls } from "./controls.mjs";
import { writeFloor } from "./floor.mjs";

const [a, b, photosA, photosB] = process.argv.slice(2);
if (!a || !b) {
  console.error("usage: node bench/compare-starts.mjs DIST_A DIST_B [PHOTOS_A PHOTOS_B]");
  process.exit(2);
}
const RUNS = Number(process.env.RUNS ?? 7);
const CHROMIUM = process.env.HC_CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const servers = [];
async function serve(dist, port, probe = "/") {
  const server = spawn("node", ["scripts/serve.mjs", dist, "--port", String(port)], { stdio: "ignore" });
  servers.push(server);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${probe}`)).ok) return `http://127.0.0.1:${port}`;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${dist} did not start serving`);
}

try {
  const builds = [["A", await serve(a, 4281)], ["B", await serve(b, 4282)]];
  if (photosA && photosB) builds.push(["A photos", await serve(photosA, 4283)], ["B photos", await serve(photosB, 4284)]);
  const pages = [];
  for (const [name, origin] of builds) {
    const paths = name.endsWith("photos") ? [["hub", "/back-pain"], ["article", "/back-pain/spinal-manipulation"]] : [["article", "/back-pain/spinal-manipulation"], ["hub", "/back-pain"], ["home", "/"]];
    for (const [page, path] of paths) pages.push([`${name} ${page}`, `${origin}${path}`]);
  }
  const results = await timeToWorkingControls(CHROMIUM, ARGS.slice(1), pages, RUNS);
  // The article as static HTML with the same CSS and no script (bench/floor.mjs), for the ratio.
  writeFloor(a, "target/bench/compare-floor", "back-pain", "spinal-manipulation");
  const floorOrigin = await serve("target/bench/compare-floor", 4285, "/back-pain/spinal-manipulation/");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS.slice(1) });
  const floor = [];
  for (let i = 0; i < RUNS; i++) floor.push(await slowLoad(browser, `${floorOrigin}/back-pain/spinal-manipulation/`, { app: false }));
  await browser.close();
  const floorLcp = floor.map((load) => load.lcpMs).sort((x, y) => x - y)[floor.length >> 1];
  console.log(`| page (median of ${RUNS}) | first paint ms | LCP ms | app started ms | controls dead ms | JS + wasm KB |`);
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, r] of Object.entries(results)) console.log(`| ${name} | ${Math.round(r.paintMs)} | ${Math.round(r.lcpMs)} | ${Math.round(r.startedMs)} | ${Math.round(r.deadMs)} | ${(r.scriptBytes / 1024).toFixed(1)} |`);
  console.log(`| floor article (static HTML, no script) | | ${Math.round(floorLcp)} | | | |`);
  for (const build of ["A", "B"]) console.log(`LCP(${build} article)/LCP(floor): ${(results[`${build} article`].lcpMs / floorLcp).toFixed(2)}`);
} finally {
  for (const server of servers) server.kill();
}
