// Finishes Trunk's output in dist/ so the site runs under a strict Content-Security-Policy:
// moves Trunk's inline bootstrap <script> into a content-hashed file with subresource
// integrity, and joins the stylesheets into one. (The pre-render step then adds each page's CSP <meta>: src/site/headers.rs.)
import { createHash } from "node:crypto";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
// The sub-path the site is served under, with its trailing slash ("/" at the root).
const publicUrl = process.argv[3] ?? "/";
const indexPath = join(dist, "index.html");
let html = readFileSync(indexPath, "utf8");

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  // Leptos' hydration reads these globals (resources and errors serialized by a server);
  // pre-rendered pages have none, but the globals must exist.
  const globals = "window.__RESOLVED_RESOURCES = []; window.__SERIALIZED_ERRORS = []; window.__INCOMPLETE_CHUNKS = [];\n";
  // The page is already complete (pre-rendered): let the browser paint it, and give the
  // network to its images, before the wasm is fetched and the page hydrated.
  const afterFirstPaint = "await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));\n";
  const trunk = match[1].trim().replace(/^(const wasm = await init)/m, `${afterFirstPaint}$1`);
  if (!trunk.includes(afterFirstPaint)) {
    console.error("finish-dist: Trunk's bootstrap has changed shape; cannot defer the wasm");
    process.exit(1);
  }
  const code = globals + trunk + "\n";
  const name = `boot-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
  const integrity = `sha384-${createHash("sha384").update(code).digest("base64")}`;
  writeFileSync(join(dist, name), code);
  html = html.replace(inline, `<script type="module" src="${publicUrl}${name}" integrity="${integrity}" crossorigin="anonymous"></script>`);
} else if (!/<script type="module" src="[^"]*boot-/.test(html)) {
  console.error(`finish-dist: no bootstrap script found in ${indexPath}`);
  process.exit(1);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error("finish-dist: an inline script is left in index.html; the CSP would block it");
  process.exit(1);
}
// No preload of the wasm: fetched at parse time it would compete with the page's own
// images and stylesheets for a slow phone's bandwidth, though the pre-rendered page needs it
// only to become interactive. The bootstrap fetches it after the first paint.
html = html.replace(/<link rel="preload"[^>]*as="fetch"[^>]*type="application\/wasm"[^>]*>/, "");
// One stylesheet instead of seven: every page needs them all, and each is a request that
// blocks the first paint. Concatenated in the order index.html lists them.
const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*>\n?/g)];
if (sheets.length > 1) {
  const css = sheets.map(([, href]) => readFileSync(join(dist, href.slice(publicUrl.length)), "utf8")).join("\n");
  const name = `style-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
  const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
  writeFileSync(join(dist, name), css);
  for (const [, href] of sheets) unlinkSync(join(dist, href.slice(publicUrl.length)));
  html = html.replace(sheets[0][0], `<link rel="stylesheet" href="${publicUrl}${name}" integrity="${integrity}"/>\n`);
  for (const [tag] of sheets.slice(1)) html = html.replace(tag, "");
}
writeFileSync(indexPath, html);
console.log(`finish-dist: ${indexPath} has no inline scripts; its bootstrap is a file with SRI`);
