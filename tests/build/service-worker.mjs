// The service worker's rules, without a browser: dist/sw.js (as the site build wrote it) is
// run in a bare Node context whose `self` is a worker registered at /health/, and its plain
// functions are checked — what is kept (the last 30 pages read within the budget, and every
// saved page), which addresses are pages, how a kept page's heading, data blocks, pictures and
// app files are read from its HTML, and the offline page's list, escaped. The browser side
// (caches, fetches, updates) is tests/e2e/offline.spec.js. Run by `make test-build`.
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { check, finish } from "./check.mjs";

const code = readFileSync(new URL("../../dist/sw.js", import.meta.url), "utf8");
const worker = {
  self: { registration: { scope: "https://example.org/health/" }, addEventListener: () => {} },
  URL,
  Response: class { constructor(body, init) { Object.assign(this, { body, init }); } },
};
runInNewContext(code, worker);
const { keptPaths, sitePath, pageUrl, heading, dataBlocks, pictures, choose, slotWidth, ownAssets, offlinePage, isSitePath } = worker;

// What is kept.
const page = (read, bytes = 30_000) => ({ title: "t", read, files: ["x"], bytes });
const records = { saved: ["/saved-long-ago"], pages: { "/saved-long-ago": page(1) } };
for (let n = 1; n <= 35; n++) records.pages[`/read-${n}`] = page(1000 + n);
const kept = keptPaths(records);
check("the 30 pages read last are kept, and the saved page whatever its age", kept.length === 31 &&
  kept.includes("/saved-long-ago") && kept.includes("/read-35") && kept.includes("/read-6") && !kept.includes("/read-5"),
  kept.join(" "));
const heavy = { saved: [], pages: {} };
for (let n = 1; n <= 10; n++) heavy.pages[`/big-${n}`] = page(n, 1024 * 1024);
const keptHeavy = keptPaths(heavy);
check("recently read pages stop at the 3 MB budget, newest first", keptHeavy.join(" ") === "/big-10 /big-9 /big-8", keptHeavy.join(" "));
const huge = { saved: [], pages: { "/huge": page(1, 50 * 1024 * 1024) } };
check("the page read last is kept even when it alone is over the budget", keptPaths(huge).join() === "/huge");

// Which addresses are pages, and where they are kept.
const at = (path) => sitePath(new URL(path, "https://example.org"));
check("addresses in scope map to site paths, a trailing slash or not",
  at("/health/") === "/" && at("/health") === "/" && at("/health/back-pain/sciatica/") === "/back-pain/sciatica");
check("search, files and other scopes are not kept pages",
  at("/health/search") === null && at("/health/sitemap.xml") === null && at("/other/page") === null &&
  sitePath(new URL("https://elsewhere.example/health/a")) === null);
check("pages are kept under the scope, without a trailing slash",
  pageUrl("/") === "https://example.org/health/" && pageUrl("/back-pain/sciatica") === "https://example.org/health/back-pain/sciatica");
check("the app's messages may only name site paths",
  isSitePath("/a/b") && !isSitePath("//evil.example/a") && !isSitePath("/a/../b") && !isSitePath(42));

// Reading a kept page's HTML.
const html = `<html><head><link rel="stylesheet" href="/health/assets/style-1.css"><script type="module" src="/health/assets/boot-2.js"></script></head>
<body><h1 id="item-title">Heat &amp; ice: <em>which</em> helps?</h1>
<img src="/health/images/a.svg" width="1" alt=""><img class="x" src="/health/images/a.svg"><img src="https://cdn.example/b.png"><img src="/health/elsewhere/c.png">
<script type="application/json" id="hc-site" data-src="/health/content/site.json">{"a":"\\u003c/script>"}</script><script type="application/json" id="hc-item" data-src="/health/content/back-pain/x.json">{"b":1}</script></body></html>`;
check("the heading is read as text, entities decoded and tags dropped", heading(html) === "Heat & ice: which helps?", heading(html));
const blocks = dataBlocks(html);
check("every data block is kept as the data file it names",
  blocks.length === 2 && blocks[1].src === "/health/content/back-pain/x.json" && blocks[0].json === '{"a":"\\u003c/script>"}',
  JSON.stringify(blocks));
const found = pictures(html, "https://example.org/health/back-pain/x").map((p) => p.candidates);
check("its pictures from the site's images folder, once each", JSON.stringify(found) === '[["https://example.org/health/images/a.svg"]]', JSON.stringify(found));

// A photograph's variants: on screen, whichever the browser fetched; for a saved page, the one
// the reader's screen needs, by the same sizes the browser reads.
const lead = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";
const card = "(min-width: 69.75rem) 16.1rem, (min-width: 52.5rem) calc(33.4vw - 1.5rem), (min-width: 35.25rem) calc(50vw - 1.625rem), calc(100vw - 2rem)";
check("sizes are read as the browser reads them", slotWidth(lead, 390) === 358 && slotWidth(lead, 1280) === 672 &&
  Math.round(slotWidth(card, 1280)) === 258 && slotWidth(card, 700) === 324 && slotWidth(card, 390) === 358,
  [slotWidth(lead, 390), slotWidth(lead, 1280), slotWidth(card, 1280), slotWidth(card, 700), slotWidth(card, 390)].join());
const photoPage = `<img src="data:image/webp;base64,AAAA" alt=""><img src="/health/images/p.k.1080.webp" srcset="/health/images/p.k.360.webp 360w, /health/images/p.k.720.webp 720w, /health/images/p.k.1080.webp 1080w, /health/images/p.k.1440.webp 1440w" sizes="${lead}" alt="">`;
const [photo] = pictures(photoPage, "https://example.org/health/back-pain/x");
const variant = (screen) => choose(photo, screen).split("/").pop();
check("a photograph lists its variants (not its preview) as candidates", photo.candidates.length === 4 && pictures(photoPage, "https://example.org/health/").length === 1);
check("a saved page keeps the variant the reader's screen needs",
  variant({ width: 390, dpr: 3 }) === "p.k.1080.webp" && variant({ width: 1280, dpr: 1 }) === "p.k.720.webp" &&
  variant({ width: 1280, dpr: 2 }) === "p.k.1440.webp" && variant({ width: 2560, dpr: 4 }) === "p.k.1440.webp" &&
  variant(undefined) === "p.k.1080.webp", [variant({ width: 390, dpr: 3 }), variant({ width: 1280, dpr: 1 })].join());
check("a page built for other app files is not this version's to keep", !ownAssets(html, "https://example.org/health/back-pain/x"));
const shell = JSON.parse(code.match(/^const SHELL = (\[.*\]);$/m)[1]);
const ours = shell.map((file) => `<script src="/health/${file}"></script>`).join("");
check("… and one built for this version's shell is", ownAssets(ours, "https://example.org/health/back-pain/x"));

// The offline page's list.
const response = offlinePage({
  saved: ["/a"],
  pages: { "/a": { title: "A <b>&</b>", read: 2, files: ["x"] }, "/b": { title: "B", read: 3, files: ["x"] }, "/gone": { title: "G", read: 4 } },
});
const listed = response.body.match(/<div id="offline-pages">[\s\S]*?<\/section><\/div>/)?.[0] ?? "";
check("the offline page lists saved pages, then pages read, titles escaped, links under the scope",
  listed.includes('<h3>Saved</h3><ul class="link-list"><li><a href="/health/a">A &lt;b&gt;&amp;&lt;/b&gt;</a></li></ul>') &&
  listed.includes('<h3>Recently read</h3><ul class="link-list"><li><a href="/health/b">B</a></li></ul>'), listed);
check("… not pages it has no copy of, and with status 503", !listed.includes("/gone") && response.init.status === 503);
const empty = offlinePage({ saved: [], pages: {} }).body;
check("with nothing kept, it says how pages come to be kept", empty.includes("None yet. Articles you save, and the last 30 pages you read"));

finish("service-worker");
