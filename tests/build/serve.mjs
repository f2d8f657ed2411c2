// `make serve` keeps the last build's record in memory and writes a saved article's page
// before the rest of the site. After a sequence of saves (a title, a paragraph, an article
// listed and then written, a mistake and its fix), the watched site holds the very same
// files, byte for byte, as a fresh build of the final content; each small save's page was
// written first (the build's phases say so); and the mistake was reported and left the page
// as it was.
// Prints "N passed, N failed".
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { check, finish } from "./check.mjs";
import { checkSameSite, files } from "./site-files.mjs";

const root = new URL("../..", import.meta.url).pathname;
const work = join(root, "target/test-serve");
const content = join(work, "content");
const watched = join(work, "dist-watched");
const fresh = join(work, "dist-fresh");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
const wait = (ms) => new Promise((done) => setTimeout(done, ms));

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run("cargo", ["run", "--quiet", "-p", "health-content", "--features", "build", "--bin", "generate-content", "--",
  "--from", "content", "--to", content, "--articles", "30"]);
run("cargo", ["build", "--quiet", "--profile", "site-build", "-p", "health-site", "--bin", "prerender"]);
const watcher = spawn(join(root, "target/site-build/prerender"), ["--app", join(root, "target/app"), "--content", content, "--dist", watched,
  "--shell", join(root, "index.html"), "--site-url", "http://127.0.0.1:8080", "--public-url", "/", "--watch"], { cwd: root });
let log = "";
for (const stream of [watcher.stdout, watcher.stderr]) stream.on("data", (chunk) => { log += chunk; });
const builds = () => log.split("\n").filter((line) => /^prerender: \d+ pages .* in [\d.]+ s$/.test(line)).length;
const failures = () => (log.match(/Content errors in /g) ?? []).length;
/** Waits until `done()` holds (or 30 s pass); whether it did. */
const until = async (done) => {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await wait(20)) if (done()) return true;
  return false;
};

try {
  check("the watching build starts", await until(() => log.includes("watching")), log.slice(-400));
  const page = (slug) => readFileSync(join(watched, slug, "index.html"), "utf8");
  const save = async (name, file, change, expect) => {
    const before = builds();
    const path = join(content, file);
    writeFileSync(path, change(existsSync(path) ? readFileSync(path, "utf8") : ""));
    const built = await until(() => builds() > before);
    check(`after ${name}, the watching build ends`, built, log.slice(-600));
    const summary = log.split("\n").filter((line) => / in [\d.]+ s$/.test(line)).at(-1) ?? "";
    check(`… having read only what the save touched`, Number(summary.match(/(\d+) item files read/)?.[1]) <= expect.read, summary);
    if (expect.page) check(`… and the page shows it`, page(expect.page).includes(expect.text), summary);
    // The build says so in its phases ("saved pages first 0.02 s, compile and pictures …").
    if (expect.first) check(`… written before the rest of the site`, summary.includes("saved pages first"), summary);
  };
  await save("a title", "back-pain/spinal-manipulation.md", (t) => t.replace(/^title = "(.*)"$/m, 'title = "$1, Step by Step"'),
    { page: "back-pain/spinal-manipulation", text: "Spinal Manipulation, Step by Step", read: 3, first: true });
  await save("a paragraph", "topic-1/article-3.md", (t) => t.replace(/\n\n(?=[A-Z])/, "\n\nA short walk each day helps many people.\n\n"),
    { page: "topic-1/article-3", text: "A short walk each day helps many people.", read: 1, first: true });
  // An article added: listed first (a build reports the missing file), then written.
  const errorsBeforeAdding = failures();
  writeFileSync(join(content, "topic-1/_center.json"), readFileSync(join(content, "topic-1/_center.json"), "utf8").replace('"article-30"', '"article-30",\n        "article-31"'));
  check("an article listed before it is written is reported", await until(() => failures() > errorsBeforeAdding), log.slice(-400));
  await save("an article added", "topic-1/article-31.md", () => readFileSync(join(content, "topic-1/article-2.md"), "utf8").replace(/^title = "(.*)"$/m, 'title = "Generated Article 31"'),
    { page: "topic-1/article-31", text: "Generated Article 31", read: 31 });
  // A mistake: reported, nothing written; then fixed.
  const errorsBefore = failures();
  const good = page("topic-1/article-3");
  writeFileSync(join(content, "topic-1/article-3.md"), readFileSync(join(content, "topic-1/article-3.md"), "utf8").replace(/^related = \[\n/m, 'related = [\n  "/topic-1/no-such-article",\n'));
  check("a link to no page is reported", await until(() => failures() > errorsBefore), log.slice(-400));
  check("… and the page stays as it was", page("topic-1/article-3") === good);
  await save("the mistake fixed", "topic-1/article-3.md", (t) => t.replace('  "/topic-1/no-such-article",\n', ""), { read: 1 });
} finally {
  watcher.kill();
}

run("make", ["--no-print-directory", "site", `CONTENT=${content}`, `DIST=${fresh}`]);
// `make site` compresses the app's files after the site build; `make serve` serves those
// `make dist` compressed before it started watching. The rest must be the same.
const compressed = (name) => name.endsWith(".br") || name.endsWith(".gz");
const a = new Map([...files(watched)].filter(([name]) => !compressed(name)));
const b = new Map([...files(fresh)].filter(([name]) => !compressed(name)));
checkSameSite("watched", a, b);
finish("serve");
