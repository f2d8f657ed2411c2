// Pages that do not grow with the site: an article page of a site of 12 centers (the
// generated site same-app.mjs builds into target/dist-other) is the size of the same page of
// the shipped site of 2, because the site index every page carries names only the first 8
// centers; every center is still on the home page, the A–Z and its own pages. Run after
// same-app.mjs; prints "N passed, N failed".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { check, finish } from "./check.mjs";

const root = new URL("../..", import.meta.url).pathname;
const ARTICLE = "back-pain/spinal-manipulation/index.html";
const read = (dist, file) => readFileSync(join(root, dist, file), "utf8");
const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const block = (html, id) => JSON.parse(html.match(new RegExp(`<script type="application/json" id="${id}"[^>]*>([^<]*)</script>`))?.[1] ?? "null");

const shipped = read("dist", ARTICLE);
const large = read("target/dist-other", ARTICLE);
const site = block(large, "hc-site");
check("the generated site has more centers than the index names", site.center_count === 12 && site.centers.length === 8,
  `${site.center_count} centers, ${site.centers.length} named`);
check("… and names no list of every center's slug", !("centers" in site.site));
// Within 2 % compressed: the footer's 6 more links are the only growth, and it stops at 8.
const ratio = brotli(large) / brotli(shipped);
check("the article page is within 2 % of its size on the shipped site (brotli)", ratio <= 1.02 && ratio >= 0.98,
  `${brotli(large)} vs ${brotli(shipped)} bytes (raw ${large.length} vs ${shipped.length})`);
const footer = large.match(/<footer[\s\S]*<\/footer>/)?.[0] ?? "";
check("the footer names 8 centers, then all of them", (footer.match(/Generated Topic \d+ Health Center/g) ?? []).length === 6 &&
  footer.includes(">All 12 health centers</a>"), footer.slice(0, 400));

// A center beyond the first 8 is named wherever it is shown, from the page's own data.
const home = read("target/dist-other", "index.html");
check("the home page lists every center", (home.match(/class="center-list__item"/g) ?? []).length === 12 && home.includes("Generated Topic 10 Health Center"));
const far = read("target/dist-other", "topic-10/article-340/index.html");
check("a page of the 10th center names it in the header and the breadcrumbs",
  /class="site-header__center"[^>]*>[^<]*Generated Topic 10 Health Center/.test(far) && />Generated Topic 10 Health Center<\/a><\/li>/.test(far.match(/<nav[^>]*aria-label="Breadcrumb"[\s\S]*?<\/nav>/)?.[0] ?? ""),
  far.match(/<header[\s\S]*?<\/header>/)?.[0].slice(0, 600));
const hub = read("target/dist-other", "topic-10/index.html");
check("… and its hub is titled with it", /<h1>Generated Topic 10 Health Center<\/h1>/.test(hub));
// The A–Z in pages of 250: its 356 items are 2 pages, each naming the centers of its own items.
const topicsPages = ["a-z/index.html", "a-z/2/index.html"].map((file) => read("target/dist-other", file));
check("the A–Z names the center of each item", topicsPages.some((html) => html.includes('<span class="topic-list__center">Generated Topic 10 Health Center</span>')));
const listed = topicsPages.map((html) => block(html, "hc-topics"));
const paths = listed.flatMap((data) => data.letters.flatMap((group) => group.items.map((item) => item.path)));
check("the A–Z is 2 pages of at most 250 items, listing each item once", listed.every((data) => data.pages === 2 && data.item_count === 356) &&
  listed.map((data) => data.letters.reduce((sum, group) => sum + group.items.length, 0)).join() === "250,106" && new Set(paths).size === 356,
  listed.map((data) => `${data.page}/${data.pages}: ${data.letters.map((g) => `${g.letter} ${g.items.length}`).join(", ")}`).join("; "));
check("… each naming only the centers of its own items", listed.every((data) => data.centers.every((center) =>
  data.letters.some((group) => group.items.some((item) => item.path.startsWith(`/${center.slug}/`))))));
check("… and both are in the sitemap", ["/a-z<", "/a-z/2<"].every((end) => read("target/dist-other", "sitemap.xml").includes(end)));
finish("site-size");
