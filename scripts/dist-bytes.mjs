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
  const firstLoadScript = sum([wasm, glue, prefs, boot]);
  const articleTotal = sum([html, css, firstLoadScript]);
  return { wasm, glue, prefs, boot, css, html, json, firstLoadScript, articleTotal, searchEngine };
}

// As a command: print the sizes, or with --budget FILE fail when first-load JS + wasm
// (brotli) is over the budget recorded there.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? "dist";
  const bytes = distBytes(dist);
  const budgetFlag = process.argv.indexOf("--budget");
  if (budgetFlag < 0) {
    console.log(JSON.stringify(bytes, null, 2));
  } else {
    const budget = JSON.parse(readFileSync(process.argv[budgetFlag + 1], "utf8")).first_load_js_wasm_brotli_bytes;
    const actual = bytes.firstLoadScript.brotli;
    const ok = actual <= budget;
    console.log(`size: first-load JS + wasm is ${actual} bytes brotli (budget ${budget}): ${ok ? "within" : "OVER"}`);
    process.exit(ok ? 0 : 1);
  }
}
