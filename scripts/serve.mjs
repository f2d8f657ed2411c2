// A small static file server for dist/, bound to 127.0.0.1, that behaves like a plain
// static host (GitHub Pages, S3, Netlify, Cloudflare Pages) and nothing more: no rewrite
// rules. A directory answers with its index.html; a path with no file answers 404 with
// 404.html. It sends the headers that dist/_headers lists (joining the values of a header
// that two rules set, as Netlify and Cloudflare Pages do), the hosts' default Cache-Control
// elsewhere, and a pre-compressed .br or .gz copy when there is one, else compresses text on
// the fly as a CDN does.
//   node scripts/serve.mjs DIR [--port 8080] [--base /health/]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { appendFileSync, readFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "dist");
const port = Number(flag("--port", process.env.PORT ?? 8080));
// The sub-path the site is deployed under ("/health/"): everything else is 404.
const base = flag("--base", "/").replace(/\/?$/, "/");
// `--log FILE`: one JSON line per response (path, status, bytes sent), for benchmarks.
const log = flag("--log", "");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

/** The rules of dist/_headers: [{ pattern, headers: [[name, value]] }]. */
function readHeaderRules() {
  let text;
  try {
    text = readFileSync(join(root, "_headers"), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const at = line.indexOf(":");
      rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const rules = readHeaderRules();
const matches = (pattern, path) => (pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : pattern === path);

async function file(path) {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return file(join(path, "index.html"));
    return { path, body: await readFile(path), version: `${info.size}:${info.mtimeMs}` };
  } catch {
    return null;
  }
}

// Text compressed on the fly at a CDN's usual levels (brotli 5, gzip 6), kept per file version.
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".webmanifest", ".wasm", ".svg", ".txt", ".xml"]);
const onTheFly = new Map();
function compressed(found, encoding) {
  const key = `${encoding}:${found.path}:${found.version}`;
  if (!onTheFly.has(key)) {
    const body = encoding === "br"
      ? brotliCompressSync(found.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipSync(found.body, { level: 6 });
    onTheFly.set(key, body);
  }
  return onTheFly.get(key);
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end("Bad request");
    return;
  }
  const inside = pathname.startsWith(base) || `${pathname}/` === base;
  const target = normalize(join(root, inside ? pathname.slice(base.length) : "\0"));
  if (!target.startsWith(root)) {
    res.writeHead(403).end("Forbidden");
    return;
  }
  let found = inside ? await file(target) : null;
  let status = 200;
  if (!found) {
    status = 404;
    found = (await file(join(root, "404.html"))) ?? { path: "x.txt", body: Buffer.from("Not found") };
  }
  const headers = { "Content-Type": TYPES[extname(found.path)] ?? "application/octet-stream", Vary: "Accept-Encoding" };
  for (const rule of rules) {
    if (!matches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  // Netlify's and Cloudflare Pages' default for files no rule gives a Cache-Control.
  headers["Cache-Control"] ??= "public, max-age=0, must-revalidate";
  // A validator, as every host sends, so that revalidating an unchanged file costs a 304.
  headers.ETag = `"${found.version ?? "0"}"`;
  if (status === 200 && req.headers["if-none-match"] === headers.ETag) {
    res.writeHead(304, headers).end();
    if (log) appendFileSync(log, `${JSON.stringify({ path: pathname, status: 304, bytes: 0 })}\n`);
    return;
  }
  const accepts = req.headers["accept-encoding"] ?? "";
  let body = found.body;
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (!accepts.includes(encoding)) continue;
    const precompressed = await file(`${found.path}${suffix}`);
    if (precompressed || COMPRESSIBLE.has(extname(found.path))) {
      body = precompressed?.body ?? compressed(found, encoding);
      headers["Content-Encoding"] = encoding;
      break;
    }
  }
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
  if (log) appendFileSync(log, `${JSON.stringify({ path: pathname, status, bytes: req.method === "HEAD" ? 0 : body.length })}\n`);
}).listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base} (static: no rewrites, 404.html for unknown paths)`);
});
