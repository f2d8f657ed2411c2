// The page shell is an input of every page and of nothing else: a tag added to a copy of
// index.html is on every page the site build writes (404.html and the offline page inside
// sw.js included), every page is written again, not one file under assets/ changes and the
// wasm is not recompiled; a shell the policy would break stops the build at its line.
// Run by `make test` after `make build-dist`; prints "N passed, N failed".
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { check, finish } from "./check.mjs";

const root = new URL("../..", import.meta.url).pathname;
const at = (...parts) => join(root, ...parts);
const SHELL = at("target/shell-test/index.html");
const DIST = at("target/dist-shell");
const WASM_BUILD = at("target/wasm32-unknown-unknown/release/health-center.wasm");
const EXAMPLE = '<meta name="example" content="1">';

/** Every file under `dir` (pre-compressed copies left out), by its path under `dir`. */
function files(dir) {
  const out = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(name)) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}
const digest = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const site = () =>
  spawnSync("make", ["--no-print-directory", "site", `PAGE_SHELL=${SHELL}`, `DIST=${DIST}`], { cwd: root, encoding: "utf8" });

const shipped = readFileSync(at("index.html"), "utf8");
mkdirSync(join(SHELL, ".."), { recursive: true });
rmSync(DIST, { recursive: true, force: true });
writeFileSync(SHELL, shipped);
const first = site();
check("the shipped shell, copied, builds the site", first.status === 0, first.stderr);
const assetsBefore = files(join(DIST, "assets")).map((name) => [name, digest(join(DIST, "assets", name))]);
const wasmBefore = statSync(WASM_BUILD).mtimeMs;

writeFileSync(SHELL, shipped.replace("</head>", `${EXAMPLE}\n</head>`));
const second = site();
check("the shell with one more tag builds the site", second.status === 0, second.stderr);
const pages = files(DIST).filter((name) => name.endsWith(".html"));
const without = pages.filter((name) => readFileSync(join(DIST, name), "utf8").split(EXAMPLE).length !== 2);
check(`the tag is on every page, once (${pages.length} pages, 404.html among them)`,
  pages.length > 20 && pages.includes("404.html") && without.length === 0, `without it: ${without.slice(0, 5).join(", ")}`);
const rendered = /prerender: (\d+) pages \((\d+) rendered/.exec(second.stdout);
check("editing the shell wrote every page again", rendered && rendered[1] === rendered[2], second.stdout.trim().split("\n").pop());
const worker = readFileSync(join(DIST, "sw.js"), "utf8");
check("the offline page inside sw.js has it too", worker.includes(JSON.stringify(EXAMPLE).slice(1, -1)));
const assetsAfter = files(join(DIST, "assets")).map((name) => [name, digest(join(DIST, "assets", name))]);
check("not one file under assets/ changed", JSON.stringify(assetsAfter) === JSON.stringify(assetsBefore));
check("the wasm was not recompiled", statSync(WASM_BUILD).mtimeMs === wasmBefore);

writeFileSync(SHELL, shipped.replace("</head>", "<script>track()</script>\n</head>"));
const line = shipped.slice(0, shipped.indexOf("</head>")).split("\n").length;
const refused = site();
check("a shell with an inline script stops the build, naming the file and the line",
  refused.status !== 0 && refused.stderr.includes(`${SHELL}:${line}: an inline <script>`), refused.stderr);
check("… and leaves the pages of the last good build in place", readFileSync(join(DIST, "index.html"), "utf8").includes(EXAMPLE));

rmSync(DIST, { recursive: true, force: true });
finish("shell");
