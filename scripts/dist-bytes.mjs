// Byte sizes of what dist/ sends: raw, gzip -9 and brotli -11 of each kind of asset, and the
// total a browser downloads for an article deep link before the page is interactive.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const sizes = (buffer) => ({
  raw: buffer.length,
  gzip: gzipSync(buffer, { level: 9 }).length,
  brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sum = (list) => list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Sizes of the app's assets in `dist`, for the article at `itemPath` (e.g. back-pain/spinal-manipulation). */
export function distBytes(dist, itemPath = "back-pain/spinal-manipulation") {
  // The app's files are all in assets/; pages and data files are elsewhere.
  const files = readdirSync(join(dist, "assets")).filter((f) => !/\.(br|gz)$/.test(f));
  const read = (name) => readFileSync(join(dist, "assets", name));
  const pick = (test) => sum(files.filter(test).map((f) => sizes(read(f))));
  const wasm = pick((f) => f.startsWith("health-center-") && f.endsWith("_bg.wasm"));
  const glue = pick((f) => f.startsWith("health-center-") && f.endsWith(".js"));
  const boot = pick((f) => f.startsWith("boot-") && f.endsWith(".js"));
  // The script that fetches a page's chunks: the glue imports it, so every page loads it.
  const loader = pick((f) => f.startsWith("split-loader-") && f.endsWith(".js"));
  // The chunks of the pages whose code is split off (see pageFirstLoad for one page's).
  const chunks = pick((f) => (f.startsWith("split-") || f.startsWith("chunk-")) && f.endsWith(".wasm"));
  const css = pick((f) => f.endsWith(".css"));
  // The search engine: downloaded only when a reader first searches.
  const searchEngine = pick((f) => f.startsWith("search-engine-"));
  // The article's own pre-rendered page, which also carries its item as JSON.
  const page = readFileSync(join(dist, itemPath, "index.html"));
  const html = sizes(page);
  // The preference script is inline in every page (the only <script> without a type or src);
  // it is counted as JS on its own, as if it were still a file, so the budget keeps its meaning.
  const inline = page.toString("utf8").match(/<script>([\s\S]*?)<\/script>/);
  const prefs = sizes(Buffer.from(inline ? inline[1] : ""));
  // The item's data file is fetched only on client-side navigation, not on a deep link.
  const json = sizes(readFileSync(join(dist, "content", `${itemPath}.json`)));
  const firstLoadScript = sum([wasm, glue, loader, prefs, boot]);
  const articleTotal = sum([html, css, firstLoadScript]);
  return { wasm, glue, loader, prefs, boot, css, html, json, firstLoadScript, articleTotal, chunks, searchEngine };
}

/** One page of each type, as a deep link opens it (its pre-rendered file in `dist`). */
export const PAGE_TYPES = {
  home: "index.html",
  hub: "back-pain/index.html",
  article: "back-pain/spinal-manipulation/index.html",
  slideshow: "back-pain/back-pain-myths/index.html",
  saved: "saved/index.html",
  "a-z": "a-z/index.html",
  search: "search/index.html",
  about: "about/index.html",
};

/**
 * The JS + wasm a deep link to the page `file` loads before the app has started, read from the
 * page itself: its inline head script, the module scripts and module preloads it names, the
 * wasm each of those modules awaits before the start (`await init({ module_or_path: new
 * URL("./…") })`; the search engine, imported only on demand, is not), and the chunks of the
 * page's own code, which it preloads (`<link rel="preload" as="fetch">`: the app loads them
 * before it takes the page over). Brotli -11 each.
 */
export function pageFirstLoad(dist, file) {
  const html = readFileSync(join(dist, file), "utf8");
  const inline = html.match(/<script>([\s\S]*?)<\/script>/);
  const named = [...html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+)"/g)].map((m) => m[1]);
  const chunks = [...html.matchAll(/<link rel="preload" href="([^"]+\.wasm)" as="fetch"/g)].map((m) => m[1]);
  const base = html.match(/<body[^>]* data-base="([^"]*)"/)?.[1] ?? "/";
  const local = (url) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  const files = new Map([...named, ...chunks].map((url) => [url, local(url)]));
  for (const [url, path] of [...files].filter(([url]) => url.endsWith(".js"))) {
    const code = readFileSync(path, "utf8");
    for (const m of code.matchAll(/await init\(\{ module_or_path: new URL\("\.\/([^"]+)"/g)) {
      const wasm = url.replace(/[^/]+$/, m[1]);
      files.set(wasm, local(wasm));
    }
  }
  const parts = [...files.values()].map((path) => sizes(readFileSync(path)));
  return { files: files.size + (inline ? 1 : 0), ...sum([sizes(Buffer.from(inline ? inline[1] : "")), ...parts]) };
}

// As a command: print the sizes, or with --budget FILE fail when any page type's first-load
// JS + wasm (brotli) is over its budget recorded there.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? "dist";
  const budgetFlag = process.argv.indexOf("--budget");
  if (budgetFlag < 0) {
    console.log(JSON.stringify(distBytes(dist), null, 2));
  } else {
    const budgets = JSON.parse(readFileSync(process.argv[budgetFlag + 1], "utf8")).first_load_js_wasm_brotli_bytes;
    let ok = true;
    for (const [type, file] of Object.entries(PAGE_TYPES)) {
      const budget = budgets[type];
      const actual = pageFirstLoad(dist, file).brotli;
      const within = budget !== undefined && actual <= budget;
      ok &&= within;
      console.log(`size: ${type.padEnd(9)} first-load JS + wasm ${actual} bytes brotli (budget ${budget ?? "missing"}): ${within ? "within" : "OVER"}`);
    }
    process.exit(ok ? 0 : 1);
  }
}
