// make test-docs: every link between the project's Markdown files leads somewhere. For each
// `[text](target)` or `<img src>` in a .md file (outside node_modules, target/, vendor/ and content/), a relative
// target must be a file or folder of the repository, and a `#fragment` must be a heading of
// that file (GitHub's anchors: lower case, punctuation dropped, spaces as hyphens). Links to
// other sites are not followed (there is no network in the tests). Exit status 1 on any
// broken link, each printed as file:line: the link, and what is wrong.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// content/ holds the site's pages, whose links are site addresses (the site build checks them).
const skipped = new Set(["node_modules", "target", ".git", "vendor", "content"]);

/** Every Markdown file of the repository. */
function markdownFiles(folder, found = []) {
  for (const name of readdirSync(folder)) {
    if (skipped.has(name)) continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) markdownFiles(path, found);
    else if (name.endsWith(".md")) found.push(path);
  }
  return found;
}

/** GitHub's anchor for a heading's text. */
export function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[*_`]/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[^\p{L}\p{N}\- ]/gu, "")
    .replace(/ /g, "-");
}

/** The anchors of a Markdown file's headings (outside code blocks), with GitHub's -1, -2 … for repeats. */
function anchors(text) {
  const seen = new Map();
  const found = new Set();
  let fenced = false;
  for (const line of text.split("\n")) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = !fenced && line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
    if (!heading) continue;
    const base = slug(heading[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  return found;
}

const problems = [];
let checked = 0;
for (const file of markdownFiles(root)) {
  const text = readFileSync(file, "utf8");
  let fenced = false;
  text.split("\n").forEach((line, index) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced) return;
    const inline = line.replace(/`[^`]*`/g, "");
    const targets = [
      ...inline.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), // [text](target), ![alt](picture)
      ...inline.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g), // <img src="picture">
    ];
    for (const [, target] of targets) {
      if (/^[a-z]+:/i.test(target)) continue;
      checked += 1;
      const at = `${relative(root, file)}:${index + 1}: (${target})`;
      const [path, fragment] = target.split("#");
      const linked = path === "" ? file : resolve(dirname(file), decodeURIComponent(path));
      if (!existsSync(linked)) {
        problems.push(`${at}: no such file or folder ${relative(root, linked)}`);
      } else if (fragment !== undefined && linked.endsWith(".md") && !anchors(readFileSync(linked, "utf8")).has(fragment)) {
        problems.push(`${at}: ${relative(root, linked)} has no heading with the anchor #${fragment}`);
      }
    }
  });
}
for (const problem of problems) console.log(problem);
console.log(`docs links: ${checked} links checked, ${problems.length} broken`);
process.exit(problems.length ? 1 : 0);
