// The floor: the same article as plain static HTML with the same CSS and no script at all,
// generated from the same data files. What the app's first paint is compared against.
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const runs = (list) =>
  list.map((r) => (typeof r === "string" ? esc(r) : r.em ? `<em>${esc(r.em)}</em>` : r.strong ? `<strong>${esc(r.strong)}</strong>` : `<a href="${esc(r.to)}">${esc(r.link)}</a>`)).join("");
// A data file's block is externally tagged: {"heading": {"text": …}}.
const block = (tagged) => {
  const [type, b] = Object.entries(tagged)[0];
  switch (type) {
    case "heading": return `<h2>${esc(b.text)}</h2>`;
    case "paragraph": return `<p>${runs(b.text)}</p>`;
    case "bullet_list": return `<ul>${b.items.map((i) => `<li>${runs(i)}</li>`).join("")}</ul>`;
    case "numbered_list": return `<ol>${b.items.map((i) => `<li>${runs(i)}</li>`).join("")}</ol>`;
    case "callout": return `<div class="callout callout--${b.tone}" role="note"><h2 class="callout__title">${esc(b.title)}</h2><p>${runs(b.text)}</p></div>`;
    default: return "";
  }
};

/** Writes the floor page for `center/slug` into `out` (with dist's CSS and images). */
export function writeFloor(dist, out, center, slug) {
  const { site } = JSON.parse(readFileSync(join(dist, "content/site.json"), "utf8"));
  const { item } = JSON.parse(readFileSync(join(dist, "content", center, `${slug}.json`), "utf8"));
  mkdirSync(join(out, center, slug), { recursive: true });
  const css = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".css"));
  for (const f of css) copyFileSync(join(dist, "assets", f), join(out, f));
  cpSync(join(dist, "images"), join(out, "images"), { recursive: true });
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(item.title)} | ${esc(site.brand)}</title><meta name="description" content="${esc(item.description)}">
${css.map((f) => `<link rel="stylesheet" href="/${f}">`).join("\n")}
</head><body>
<header class="site-header"><div class="site-header__inner"><a class="site-header__brand" href="/">${esc(site.brand)}</a></div></header>
<main id="main"><article class="page page--item">
<h1>${esc(item.title)}</h1><p class="item__summary">${esc(item.summary)}</p>
<img class="item__image" src="${esc(item.image.src)}" width="${item.image.width}" height="${item.image.height}" alt="${esc(item.image.alt)}">
<div class="article-body">${(item.content.article?.body ?? []).map(block).join("\n")}</div>
<section class="disclaimer"><h2>Medical disclaimer</h2>${site.disclaimer.map((p) => `<p>${esc(p)}</p>`).join("")}</section>
</article></main></body></html>`;
  writeFileSync(join(out, center, slug, "index.html"), html);
}
