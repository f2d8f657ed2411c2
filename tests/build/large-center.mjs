// A center of 250 items stays a page a phone can use: run after same-app.mjs, which builds
// target/dist-other with generated centers of 250 and 50 articles (and small ones). Prints "N passed, N failed".
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { check, finish } from "./check.mjs";

const dist = new URL("../../target/dist-other", import.meta.url).pathname;

const hub = readFileSync(join(dist, "topic-1/index.html"), "utf8");
// 120 KB of HTML (7 KB brotli on the wire): 94 KB of it the hub's text, links and cards, and
// 16 KB the previews and srcsets of its 39 cards' pictures, each in the page and in its data
// (every picture has both since drawings are published with a preview, 2026-12-07; +0.7 KB brotli).
const LIMIT = 120 * 1024;
const count = (pattern) => (hub.match(pattern) ?? []).length;
check("the 250-item hub is under 120 KB of HTML", hub.length < LIMIT, `${hub.length} bytes`);
check("… it links to every one of its 250 items", new Set(hub.match(/href="\/topic-1\/article-\d+"/g)).size === 250);
check("… shows 6 cards per section and lists the rest", count(/<article class="card">/g) === 30 && count(/class="link-list"/g) === 5);
check("… and lists its sections first, to jump to", /Sections of this center/.test(hub) && count(/href="#section-\d"/g) === 5);
const small = readFileSync(join(dist, "topic-2/index.html"), "utf8");
check("a 50-item hub lists no sections first (one section)", !/Sections of this center/.test(small));
let largest = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name === "index.html") largest = Math.max(largest, statSync(path).size);
  }
};
walk(dist);
check("no page of the site is over 120 KB", largest < LIMIT, `${largest} bytes`);
finish("large-center");
