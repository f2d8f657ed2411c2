// Finishes Trunk's output in dist/ so the site runs under a strict Content-Security-Policy:
// moves Trunk's inline bootstrap <script> into a content-hashed file with subresource
// integrity, adds the CSP <meta>, and writes 404.html for hosts that serve it on unknown paths.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

const indexPath = join(dist, "index.html");
let html = readFileSync(indexPath, "utf8");

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const code = match[1].trim() + "\n";
  const name = `boot-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
  const integrity = `sha384-${createHash("sha384").update(code).digest("base64")}`;
  writeFileSync(join(dist, name), code);
  html = html.replace(inline, `<script type="module" src="/${name}" integrity="${integrity}" crossorigin="anonymous"></script>`);
} else if (!/<script type="module" src="\/boot-/.test(html)) {
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
if (!html.includes("Content-Security-Policy")) {
  html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
}
writeFileSync(indexPath, html);
writeFileSync(join(dist, "404.html"), html);
console.log(`finish-dist: ${indexPath} runs under CSP without inline scripts; wrote 404.html`);
