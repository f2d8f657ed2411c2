// A small static file server for dist/, bound to 127.0.0.1, with the fallback rules of a
// typical single-page-app host: a path with no file gets index.html (status 200).
//   node scripts/serve.mjs DIR [--port 8080] [--no-fallback]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const args = process.argv.slice(2);
const root = resolve(args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) ?? "dist");
const portFlag = args.indexOf("--port");
const port = Number(portFlag >= 0 ? args[portFlag + 1] : process.env.PORT ?? 8080);
const fallback = !args.includes("--no-fallback");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

async function file(path) {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return file(join(path, "index.html"));
    return { path, body: await readFile(path) };
  } catch {
    return null;
  }
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
  const target = normalize(join(root, pathname));
  if (!target.startsWith(root)) {
    res.writeHead(403).end("Forbidden");
    return;
  }
  let found = await file(target);
  let status = 200;
  if (!found && fallback) found = await file(join(root, "index.html"));
  if (!found) {
    status = 404;
    found = (await file(join(root, "404.html"))) ?? { path: "x.txt", body: Buffer.from("Not found") };
  }
  res.writeHead(status, {
    "Content-Type": TYPES[extname(found.path)] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
  });
  res.end(req.method === "HEAD" ? undefined : found.body);
}).listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/ (${fallback ? "SPA fallback to index.html" : "no fallback"})`);
});
