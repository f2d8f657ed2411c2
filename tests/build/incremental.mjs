// An incremental build is a fresh build: a site built once, then again after each of a
// sequence of edits (a title, a body, an article removed, one added, a picture changed, a
// link added, the title back as it was, a center's name, the tagline every page shows), with the render cache and the build's record of its outputs
// kept between builds, holds the very same files, byte for byte, as a fresh build of the
// final content into an empty folder with no state at all; and each edit reads only the item
// files it changed and those whose data names them. Also: a record cut short, and a kept data
// file changed by hand, are reported and not believed. Prints "N passed, N failed".
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { check, finish } from "./check.mjs";
import { checkSameSite, files } from "./site-files.mjs";

const root = new URL("../..", import.meta.url).pathname;
const work = join(root, "target/test-incremental");
const content = join(work, "content");
const edited = join(work, "dist-edited");
const fresh = join(work, "dist-fresh");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
const build = (dist) => run("make", ["--no-print-directory", "site", `CONTENT=${content}`, `DIST=${dist}`]);
const edit = (file, change) => {
  const path = join(content, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`${file}: the edit changed nothing`);
  writeFileSync(path, after);
};
/** The state files the site build keeps for a site folder (target/site-build/…). */
const stateFiles = (dist) => {
  const name = dist.replace(/[/\\:]/g, "_");
  const folder = join(root, "target/site-build");
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.startsWith(`${name}.`)).map((f) => join(folder, f)) : [];
};

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const dist of [edited, fresh]) for (const file of stateFiles(dist)) rmSync(file);
run("cargo", ["run", "--quiet", "-p", "health-content", "--features", "build", "--bin", "generate-content", "--",
  "--from", "content", "--to", content, "--articles", "30"]);
build(edited);

const steps = [
  ["a title", () => edit("back-pain/spinal-manipulation.md", (t) => t.replace(/^title = "(.*)"$/m, 'title = "$1, Explained"'))],
  ["a paragraph", () => edit("back-pain/sciatica.md", (t) => t.replace(/\n\n(?=[A-Z])/, "\n\nMost sciatica eases within weeks.\n\n"))],
  ["an article removed", () => {
    // With the links to it: the generated articles link to the next two and recommend one.
    rmSync(join(content, "topic-1/article-15.md"));
    for (const name of readdirSync(join(content, "topic-1")).filter((f) => f.endsWith(".md"))) {
      const path = join(content, "topic-1", name);
      const text = readFileSync(path, "utf8");
      writeFileSync(path, text.replace(/^ {2}"\/topic-1\/article-15",\n/m, "").replace('to = "/topic-1/article-15"', 'to = "/topic-1/article-16"'));
    }
    edit("topic-1/_center.json", (t) => t.replace(/\s*"article-15",/, ""));
  }],
  ["an article added", () => {
    cpSync(join(content, "topic-1/article-2.md"), join(content, "topic-1/article-31.md"));
    edit("topic-1/article-31.md", (t) => t.replace(/^title = "(.*)"$/m, 'title = "Generated Article 31"'));
    edit("topic-1/_center.json", (t) => t.replace('"article-30"', '"article-30",\n        "article-31"'));
  }],
  ["a picture changed", () => edit("images/back-pain/sciatica.svg", (t) => t.replace("</svg>", "<!-- redrawn --></svg>"))],
  ["a link added", () => edit("topic-1/article-3.md", (t) => t.replace(/^related = \[\n/m, 'related = [\n  "/back-pain/spinal-manipulation",\n'))],
  // Back to the title of the last build but two: the items that name it must follow again.
  ["the title undone", () => edit("back-pain/spinal-manipulation.md", (t) => t.replace(/^title = "(.*), Explained"$/m, 'title = "$1"'))],
  ["a center's name", () => edit("topic-1/_center.json", (t) => t.replace('"name": "Generated Topic 1 Health Center"', '"name": "Generated Topic One Health Center"'))],
  ["the tagline", () => edit("site.json", (t) => t.replace(/"tagline": "([^"]*)"/, '"tagline": "$1 Checked by clinicians."'))],
];
for (const [name, step] of steps) {
  step();
  const output = build(edited);
  const summary = output.split("\n").find((line) => line.startsWith("prerender: ") && !line.startsWith("prerender: note: ")) ?? "";
  // The tagline and a center's name are in the site index every page carries.
  const everyPage = name === "the tagline" || name === "a center's name";
  check(`after ${name}, the incremental build renders fewer pages than there are (or, for the tagline and a center's name, all)`,
    everyPage || !/\((\d+) rendered/.test(summary) || Number(summary.match(/\((\d+) rendered/)[1]) < Number(summary.match(/^prerender: (\d+) pages/)[1]),
    summary);
  // The search index's memo: its one run of documents (46 items) is made again when an
  // item's data file changed, and read back when none did (the tagline is in no item's file).
  // Only the items that changed, and those whose data names them, are read again.
  const read = Number(summary.match(/(\d+) item files read/)?.[1] ?? NaN);
  // A center file changed (an article removed or added, a center's name) reads its items again.
  const expectRead = { "a paragraph": 1, "an article removed": 29, "an article added": 30, "a link added": 1, "the tagline": 46, "a center's name": 30 }[name];
  check(`… and reads ${expectRead ?? "a few"} item files of 46`, expectRead === undefined ? read >= 1 && read <= 6 : read === expectRead, summary);
  const reused = summary.match(/\((\d+) of (\d+) runs of documents read back\)/);
  check(`… and the search index ${name === "the tagline" ? "reads its run back" : "indexes its run again"}`,
    reused && reused[1] === (name === "the tagline" ? "1" : "0") && reused[2] === "1", summary);
}

build(fresh);
const a = files(edited);
const b = files(fresh);
checkSameSite("incremental", a, b);
check("… and the removed article is gone from both", !a.has("topic-1/article-15/index.html") && !a.has("content/topic-1/article-15.json") && !b.has("topic-1/article-15/index.html"));

// A record cut short: reported, not believed (the folder is walked), and the result the same.
const record = stateFiles(edited).find((file) => file.endsWith(".outputs"));
check("the build keeps a record of what it wrote", record && readFileSync(record, "utf8").startsWith("health-center build outputs 1\n"));
if (record) {
  const text = readFileSync(record, "utf8");
  // Cut after a whole line, as a build stopped while writing it would have (a half line
  // reads as a damaged one, which the native tests cover).
  writeFileSync(record, text.slice(0, text.lastIndexOf("\n", text.length >> 1) + 1));
  writeFileSync(join(edited, "stray.txt"), "left by hand");
  const summary = build(edited);
  check("a record cut short is reported", /note: .*cut short.*every file is compared/.test(summary), summary.slice(0, 300));
  check("… and not believed: the folder is walked (a stray file removed)", !existsSync(join(edited, "stray.txt")));
  const again = files(edited);
  check("… and the site is unchanged", again.size === b.size && [...again.keys()].every((f) => b.has(f) && again.get(f).equals(b.get(f))));
}
// The build's record of the content cut short: reported, every item file read, the site the same.
const items = stateFiles(edited).find((file) => file.endsWith(".items"));
check("the build keeps its record of the content", items && /^\{"version":1,/.test(readFileSync(items, "utf8")));
if (items) {
  const text = readFileSync(items, "utf8");
  writeFileSync(items, text.slice(0, text.lastIndexOf("\n", text.length >> 1)));
  const summary = build(edited);
  check("a record of the content cut short is reported and not believed", /note: .*\.items is cut short.*every item file is read/.test(summary) &&
    /; 46 item files read, 0 kept/.test(summary), summary.slice(0, 400));
  const again = files(edited);
  check("… and the site is unchanged", again.size === b.size && [...again.keys()].every((f) => b.has(f) && again.get(f).equals(b.get(f))));
  check("… and the next build keeps every item", /; 0 item files read, 46 kept/.test(build(edited)));
}
// A kept item's data file changed by hand: not believed; the site is built again whole.
{
  const dataFile = join(edited, "content/topic-1/article-7.json");
  writeFileSync(dataFile, readFileSync(dataFile, "utf8").replace("Generated", "Hand-edited"));
  const summary = build(edited);
  check("a kept data file changed by hand is found, and everything built again", /note: .*article-7\.json is not as the last build left it; building everything again/.test(summary), summary.slice(0, 400));
  const again = files(edited);
  check("… and the site is as a fresh build's", again.size === b.size && [...again.keys()].every((f) => b.has(f) && again.get(f).equals(b.get(f))));
}
// The search index's memo cut short: reported, every document indexed again, the site the same.
const memo = stateFiles(edited).find((file) => file.endsWith(".search"));
check("the build keeps the search index's memo", memo && readFileSync(memo).subarray(0, 27).toString() === "health-center search runs 1");
if (memo) {
  const bytes = readFileSync(memo);
  writeFileSync(memo, bytes.subarray(0, bytes.length >> 1));
  const summary = build(edited);
  check("a search memo cut short is reported and not believed", /note: .*\.search: .*every document is indexed again/.test(summary) &&
    /\(0 of 1 runs of documents read back\)/.test(summary), summary.slice(0, 400));
  const again = files(edited);
  check("… and the site is unchanged", again.size === b.size && [...again.keys()].every((f) => b.has(f) && again.get(f).equals(b.get(f))));
  check("… and the next build reads it back again", /\(1 of 1 runs of documents read back\)/.test(build(edited)));
}
finish("incremental");
