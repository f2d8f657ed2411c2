// Save to served page under `make serve`: starts the site build in watch mode on a built
// site, saves an article with a new title (as an editor would), and times until the host
// serves the page with it (scripts/serve.mjs, polled over HTTP), and until the watching build
// has finished the whole site. Used by bench/scale.mjs; `node bench/serve-save.mjs CONTENT DIST`
// alone prints one site's numbers.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ARTICLE = "back-pain/spinal-manipulation";
const wait = (ms) => new Promise((done) => setTimeout(done, ms));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Starts `command` and resolves once its output holds `ready`; returns it with its output so far. */
async function started(command, args, ready) {
  const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  const log = { text: "" };
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => { log.text += chunk; });
  const deadline = Date.now() + 300_000;
  while (!log.text.includes(ready)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${command} did not start:\n${log.text}`);
    await wait(20);
  }
  return { child, log };
}

/** `saves` saves of the article's title on the site built from `content` into `dist`: the
 *  milliseconds from each save until the page was served with it, and until the build ended. */
export async function serveSaves(content, dist, { saves = 3, port = 4290 } = {}) {
  const watcher = await started(join(root, "target/site-build/prerender"), ["--app", join(root, "target/app"), "--content", content,
    "--dist", dist, "--shell", join(root, "index.html"), "--site-url", `http://127.0.0.1:${port}`, "--public-url", "/", "--watch"], "watching");
  const server = await started("node", [join(root, "scripts/serve.mjs"), dist, "--port", String(port)], "http://");
  const file = join(content, `${ARTICLE}.md`);
  const original = readFileSync(file, "utf8");
  const page = async () => (await fetch(`http://127.0.0.1:${port}/${ARTICLE}/`, { cache: "no-store" })).text();
  const pageMs = [], builtMs = [];
  try {
    for (let i = 1; i <= saves; i++) {
      await wait(1000);
      const title = `Spinal Manipulation, saved ${i} at ${Date.now()}`;
      const builds = watcher.log.text.split("\n").filter((line) => / in [\d.]+ s$/.test(line)).length;
      const saved = performance.now();
      writeFileSync(file, original.replace(/^title = "(.*)"$/m, `title = "${title}"`));
      while (!(await page()).includes(title)) await wait(10);
      pageMs.push(performance.now() - saved);
      while (watcher.log.text.split("\n").filter((line) => / in [\d.]+ s$/.test(line)).length === builds) await wait(10);
      builtMs.push(performance.now() - saved);
    }
  } finally {
    writeFileSync(file, original);
    // Let the watcher build the original back before it stops, so the site matches the content.
    const builds = watcher.log.text.split("\n").filter((line) => / in [\d.]+ s$/.test(line)).length;
    const deadline = Date.now() + 60_000;
    while (watcher.log.text.split("\n").filter((line) => / in [\d.]+ s$/.test(line)).length === builds && Date.now() < deadline) await wait(20);
    watcher.child.kill();
    server.child.kill();
  }
  return { pageMs, builtMs, pageMedianMs: median(pageMs), builtMedianMs: median(builtMs) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [content, dist] = process.argv.slice(2);
  const result = await serveSaves(resolve(content), resolve(dist));
  console.log(`save to served page: ${result.pageMs.map((ms) => ms.toFixed(0)).join(", ")} ms (median ${result.pageMedianMs.toFixed(0)}); ` +
    `whole site rebuilt: ${result.builtMs.map((ms) => ms.toFixed(0)).join(", ")} ms`);
}
