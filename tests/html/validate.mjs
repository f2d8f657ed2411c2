// Every page the site build wrote, checked by the W3C Nu HTML Checker (vnu.jar, the
// validator behind validator.w3.org): 0 errors on every page of each site given.
//
// Usage: node tests/html/validate.mjs DIST… (each a built site folder)
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const jar = join(here, "node_modules/vnu-jar/build/dist/vnu.jar");

/** Every .html file under `dir`. */
function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

let errors = 0;
for (const dist of process.argv.slice(2)) {
  const files = pages(dist);
  if (files.length === 0) {
    console.error(`${dist}: no pages to check (build the site first)`);
    process.exit(2);
  }
  // --exit-zero-always: the result is read from the report (JSON, on standard error).
  const run = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always", ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0 || !run.stderr.trim().startsWith("{")) {
    console.error(`vnu.jar did not run (is Java installed? make setup-test installs it): ${run.error?.message ?? run.stderr.slice(0, 500)}`);
    process.exit(2);
  }
  const messages = JSON.parse(run.stderr).messages.filter((m) => m.type === "error" || m.subType === "fatal");
  const byKind = new Map();
  for (const m of messages) byKind.set(m.message, [...(byKind.get(m.message) ?? []), m]);
  console.log(`${dist}: ${files.length} pages, ${messages.length} errors from the W3C Nu HTML Checker`);
  for (const [message, found] of byKind) {
    const first = found[0];
    const where = `${relative(process.cwd(), fileURLToPath(first.url))}:${first.lastLine ?? "?"}`;
    console.log(`  ${found.length} × ${message}\n      first at ${where}: ${(first.extract ?? "").replace(/\s+/g, " ").slice(0, 160)}`);
  }
  errors += messages.length;
}
process.exit(errors === 0 ? 0 : 1);
