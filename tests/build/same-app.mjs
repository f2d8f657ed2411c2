// The app holds no content: building the site from another content folder (another brand,
// 300 more articles in 2 centers of 250 and 50, and 8 small centers of 5: 12 centers in all) neither recompiles the wasm nor changes one byte of the app's files,
// and the sub-path build (/health/) ships the very same app files. Run by `make test`
// after `make build-dist` and the sub-path build; prints "N passed, N failed".
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { check, finish } from "./check.mjs";

const root = new URL("../..", import.meta.url).pathname;
const at = (...parts) => join(root, ...parts);
const OTHER_CONTENT = at("target/test-content-other");
const OTHER_DIST = at("target/dist-other");
const WASM_BUILD = at("target/wasm32-unknown-unknown/release/health-center.wasm");


/** Every file under `dir` (pre-compressed copies left out) → sha256. */
function digests(dir) {
  const out = new Map();
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(name)) out.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

const shipped = digests(at("dist/assets"));
const wasmBefore = statSync(WASM_BUILD).mtimeMs;

run("cargo", ["run", "--quiet", "-p", "health-content", "--features", "build", "--bin", "generate-content", "--",
  "--from", "content", "--to", OTHER_CONTENT, "--articles", "300", "--small-centers", "8", "--brand", "Other Health"]);
run("make", ["--no-print-directory", "build-dist", `CONTENT=${OTHER_CONTENT}`, `DIST=${OTHER_DIST}`]);
const other = digests(join(OTHER_DIST, "assets"));

check("the wasm was not recompiled for another content folder", statSync(WASM_BUILD).mtimeMs === wasmBefore);
const names = (map) => [...map.keys()].sort().join(" ");
check("another content folder gives the same app file names (same hashes)", names(other) === names(shipped),
  `${names(shipped)}\n        vs ${names(other)}`);
const differing = [...shipped].filter(([name, hash]) => other.get(name) !== hash).map(([name]) => name);
check("… and the same bytes", differing.length === 0, `differ: ${differing.join(", ")}`);
const otherHome = readFileSync(join(OTHER_DIST, "index.html"), "utf8");
const otherTitle = otherHome.match(/<title>([^<]*)<\/title>/)?.[1] ?? "";
check("the other site is really another site (its brand, its 340 more articles)",
  otherTitle.endsWith("| Other Health") && existsSync(join(OTHER_DIST, "topic-10/article-340/index.html")), `title: ${otherTitle}`);

const wasmName = [...shipped.keys()].find((n) => n.endsWith("_bg.wasm"));
const wasm = readFileSync(at("dist/assets", wasmName));
const contentWords = ["Brightwell", "Spinal Manipulation", "Back Pain Health Center", "Medical disclaimer"];
const found = contentWords.filter((w) => wasm.includes(Buffer.from(w)));
// "Medical disclaimer" is the app's own heading, not content: it must be there; the rest must not.
check("the wasm holds no content (no brand, no title, no center name)",
  found.length === 1 && found[0] === "Medical disclaimer", `found: ${found.join(", ")}`);

const subPath = digests(at("target/dist-health/assets"));
// The bootstrap names the glue and the wasm relative to itself: nothing in assets/ depends on the public URL.
check("the /health/ build ships the very same app files (names and bytes)",
  JSON.stringify([...subPath].sort()) === JSON.stringify([...shipped].sort()));

finish("same-app");
