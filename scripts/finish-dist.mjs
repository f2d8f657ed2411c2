// Finishes Trunk's output in dist/ so the site runs under a strict Content-Security-Policy:
// moves Trunk's inline bootstrap <script> into a content-hashed file with subresource
// integrity. (The pre-render step then adds each page's CSP <meta>: src/site/headers.rs.)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
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
  const code = globals + match[1].trim() + "\n";
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
// Chromium ignores (and warns about) integrity on preloads fetched "as fetch". The wasm
// loader fetches the module without SRI either way; the glue JS that does so keeps its SRI.
html = html.replace(/(<link rel="preload"[^>]*?) integrity="[^"]*"([^>]*as="fetch")/, "$1$2");
writeFileSync(indexPath, html);
console.log(`finish-dist: ${indexPath} has no inline scripts; its bootstrap is a file with SRI`);
