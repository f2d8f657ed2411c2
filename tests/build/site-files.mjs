// A site folder's files, for the build tests that compare one build with another.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { check } from "./check.mjs";

/** Every file under `dist`, relative, with its bytes. */
export function files(dist) {
  const found = new Map();
  const visit = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else found.set(relative(dist, path), readFileSync(path));
    }
  };
  visit(dist);
  return found;
}

/** Checks that the sites `a` (built as `label`) and `b` (fresh) hold the same files with the
 *  same bytes, each given as `files` returns it. */
export function checkSameSite(label, a, b) {
  const onlyIn = (x, y) => [...x.keys()].filter((f) => !y.has(f));
  check(`the ${label} site has the same files as a fresh build`, onlyIn(a, b).length === 0 && onlyIn(b, a).length === 0,
    `only ${label}: ${onlyIn(a, b).slice(0, 5)}; only fresh: ${onlyIn(b, a).slice(0, 5)}`);
  const differ = [...a.keys()].filter((f) => b.has(f) && !a.get(f).equals(b.get(f)));
  check(`… with the same bytes, all ${a.size} of them`, differ.length === 0, `differ: ${differ.slice(0, 5)}`);
}
