// The writer's loop: `make serve` watches the content folder; saving a Markdown file rebuilds
// its page, and a reload shows it within 2 seconds, without recompiling the wasm. A mistake
// is reported and the last good page stays up until it is fixed.
import { spawn } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

const root = new URL("../..", import.meta.url).pathname;
const ARTICLE = "back-pain/sciatica";

/** Starts the site build in watch mode on a copy of the content, and a server for its output. */
async function startPreview(project) {
  const content = join(root, "target", `e2e-watch-${project}`, "content");
  const dist = join(root, "target", `e2e-watch-${project}`, "dist");
  rmSync(join(root, "target", `e2e-watch-${project}`), { recursive: true, force: true });
  cpSync(join(root, "content"), content, { recursive: true });
  const port = project === "mobile" ? 4176 : 4175;
  const log = [];
  // The site build as `make site` builds it (the site-build profile).
  const watcher = spawn(join(root, "target/site-build/prerender"), ["--app", join(root, "target/app"), "--content", content, "--dist", dist,
    "--shell", join(root, "index.html"),
    "--site-url", `http://127.0.0.1:${port}`, "--public-url", "/", "--watch"], { cwd: root });
  for (const stream of [watcher.stdout, watcher.stderr]) stream.on("data", (chunk) => log.push(String(chunk)));
  await expect.poll(() => log.join(""), { timeout: 20_000 }).toContain("watching");
  const server = spawn("node", [join(root, "scripts/serve.mjs"), dist, "--port", String(port)], { cwd: root });
  await new Promise((resolve) => server.stdout.once("data", resolve));
  const stop = () => { watcher.kill(); server.kill(); };
  return { content, port, log, stop };
}

test("saving a Markdown file shows the change on reload within 2 seconds; a mistake keeps the last good page", async ({ page }, info) => {
  const preview = await startPreview(info.project.name);
  try {
    const url = `http://127.0.0.1:${preview.port}/${ARTICLE}`;
    await page.goto(url);
    await expect(page.locator("main h1")).toHaveText("Sciatica");
    const file = join(preview.content, `${ARTICLE}.md`);
    const original = readFileSync(file, "utf8");

    writeFileSync(file, original.replace('title = "Sciatica"', 'title = "Sciatica and the sciatic nerve"'));
    const saved = Date.now();
    // The host serves the rebuilt page within 2 s of the save…
    await expect.poll(async () => (await page.request.get(url)).text(), { intervals: [50], timeout: 2_000 })
      .toContain("<h1 id=\"item-title\">Sciatica and the sciatic nerve</h1>");
    console.log(`authoring: the rebuilt page was served ${Date.now() - saved} ms after the save`);
    // …and a reload shows it.
    await page.reload();
    await expect(page.locator("main h1")).toHaveText("Sciatica and the sciatic nerve");

    // A broken link is reported in the watcher's output, and the page stays as it was.
    const reported = preview.log.length;
    writeFileSync(file, original.replace("## Why it happens", "## Why it happens\n\nSee [sciatic pain](/back-pain/sciatic)."));
    await expect.poll(() => preview.log.slice(reported).join(""), { timeout: 5_000 })
      .toMatch(/back-pain\/sciatica\.md:\d+: link to \/back-pain\/sciatic is not a page of this site \(did you mean \/back-pain\/sciatica\?\)/);
    await page.reload();
    await expect(page.locator("main h1")).toHaveText("Sciatica and the sciatic nerve");

    // Fixed: the page follows again.
    writeFileSync(file, original);
    await expect.poll(async () => (await page.request.get(url)).text(), { intervals: [50], timeout: 2_000 })
      .toContain("<h1 id=\"item-title\">Sciatica</h1>");
    await page.reload();
    await expect(page.locator("main h1")).toHaveText("Sciatica");
  } finally {
    preview.stop();
  }
});
