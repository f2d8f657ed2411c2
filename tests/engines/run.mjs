// The cross-engine suite (`make test-engines`, part of `make test`): every journey in
// journeys.mjs, in Chromium, Firefox and WebKit, at a phone's and a desktop's window, against
// the built dist/ on a plain static server. Each journey fails on any error the collector saw
// (errors.js). Writes the article's first screen of each engine and size under
// tests/engines/test-results/. Prints one line a check, then "engines: N passed, N failed".
//
//   node run.mjs [--engines chromium,firefox,webkit] [--dist ../../dist]
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { By, until } from "selenium-webdriver";
import { ENGINES, openSession } from "./engines.mjs";
import { JOURNEYS } from "./journeys.mjs";

const here = new URL(".", import.meta.url).pathname;
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const engines = option("engines", process.env.ENGINES ?? "chromium,firefox,webkit").split(",");
const dist = option("dist", join(here, "../../dist"));
const PORT = Number(process.env.ENGINES_PORT ?? 4290);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const RESULTS = join(here, "test-results");
const WAIT = 15_000;

/** The built site on a plain static server, which a journey can take away (offline) and back. */
class Site {
  async start() {
    this.server = spawn("node", [join(here, "../../scripts/serve.mjs"), dist, "--port", String(PORT)], { stdio: "ignore" });
    for (let tries = 0; tries < 100; tries++) {
      if (await fetch(`${ORIGIN}/`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the static server did not answer on ${ORIGIN}`);
  }
  async stop() {
    const exited = new Promise((resolve) => this.server.once("exit", resolve));
    this.server.kill();
    await exited;
  }
}

/** What a journey does in one browser window, each step in a reader's terms. */
class Reader {
  constructor(driver, label, site) {
    this.driver = driver;
    this.label = label;
    this.site = site;
  }
  /** Opens `path` without waiting for the app (it does not start on the offline page). */
  async openStatic(path) {
    await this.driver.get(ORIGIN + path);
  }
  js(script) {
    return this.driver.executeScript(script);
  }
  async waitFor(read, ok, what) {
    let last;
    try {
      await this.driver.wait(async () => ok((last = await read())), WAIT);
    } catch {
      throw new Error(`waited ${WAIT / 1000} s for ${what}; last saw ${JSON.stringify(last)}`);
    }
  }
  /** Opens `path` and waits for the app to have started (`<html data-app="started">`). */
  async open(path) {
    await this.driver.get(ORIGIN + path);
    await this.started();
  }
  async started() {
    await this.waitFor(() => this.js("return document.documentElement.dataset.app ?? null"), (state) => state === "started", "the app to start");
  }
  async reload() {
    await this.driver.navigate().refresh();
    await this.started();
  }
  async back() {
    await this.driver.navigate().back();
  }
  async element(css) {
    return this.driver.wait(until.elementLocated(By.css(css)), WAIT, `no ${css} on the page`);
  }
  /** Whether `element` is drawn. WebDriver's own test calls the content of a closed
   * `<details>` hidden even where the page's style shows it (::details-content). */
  shown(element) {
    return this.driver.executeScript("const r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.height > 0 && arguments[0].checkVisibility({ visibilityProperty: true })", element);
  }
  async click(css) {
    const element = await this.element(css);
    await this.waitFor(() => this.shown(element), Boolean, `${css} to be shown`);
    await element.click().catch(async (error) => {
      // chromedriver refuses the content of a closed <details> the style shows; a pointer can click it.
      if (error.name !== "ElementNotInteractableError") throw error;
      await this.driver.actions().move({ origin: element }).click().perform();
    });
  }
  /** Clicks the button named `name` inside `scope`. */
  async clickButton(scope, name) {
    const buttons = await (await this.element(scope)).findElements(By.css("button"));
    for (const button of buttons) {
      // The visible name, less the arrows drawn beside it ("Next →").
      if ((await button.getText()).replace(/[←→]/g, "").trim() === name) return button.click();
    }
    throw new Error(`no button "${name}" in ${scope}`);
  }
  async text(css) {
    return (await (await this.element(css)).getText()).trim();
  }
  async waitForText(css, wanted) {
    await this.waitFor(() => this.text(css).catch(() => null), (text) => text === wanted, `${css} to read "${wanted}"`);
  }
  async displayed(css) {
    const found = await this.driver.findElements(By.css(css));
    return found.length > 0 && this.shown(found[0]);
  }
  /** Opens one of the phone header's panels (a `<details>`) if it is there and closed. */
  async openHeaderPanel(modifier) {
    const open = await this.js(`const d = document.querySelector('.${modifier}'); return !d || d.open || getComputedStyle(d.querySelector('summary')).display === 'none'`);
    if (!open) await this.click(`.${modifier} > summary`);
  }
  async expectSameDocument(when) {
    if ((await this.js("return window.__journeyMark ?? null")) !== "same document") throw new Error(`the page was loaded again ${when}`);
  }
  async screenshot(name) {
    writeFileSync(join(RESULTS, `${name}-${this.label.replace(/ /g, "-")}.png`), await this.driver.takeScreenshot(), "base64");
  }
  /** The errors the collector kept since the last call (and forgets them). */
  async errors() {
    return this.js(`const key = 'hc-engine-errors'; const kept = JSON.parse(sessionStorage.getItem(key) || '[]').concat(window.__hcEngineErrors || []);
      sessionStorage.removeItem(key); window.__hcEngineErrors = []; return kept;`);
  }
}

/** Sizes the window so the page's viewport is `size` (a window's frame differs by engine). */
async function fitWindow(driver, size) {
  await driver.manage().window().setRect(size);
  // WebKit's window may take a moment to take its new size: read until two reads agree.
  let inner = await driver.executeScript("return [innerWidth, innerHeight]");
  for (let tries = 0; tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await driver.executeScript("return [innerWidth, innerHeight]");
    if (again[0] === inner[0] && again[1] === inner[1]) break;
    inner = again;
  }
  const [width, height] = inner;
  if (width !== size.width || height !== size.height) {
    // The window's frame around the viewport, added once (never a size below the one asked).
    const frame = (outer, innerSize) => Math.max(outer, 2 * outer - innerSize);
    await driver.manage().window().setRect({ width: frame(size.width, width), height: frame(size.height, height) });
  }
  return driver.executeScript("return [innerWidth, innerHeight]");
}

let passed = 0;
let failed = 0;
const report = (ok, label, detail = "") => {
  ok ? (passed += 1) : (failed += 1);
  console.log(`${ok ? "  ok  " : "  FAIL"} ${label}${ok || !detail ? "" : `\n        ${detail.replace(/\n/g, "\n        ")}`}`);
};

async function runEngine(name, env, site) {
  for (const [sizeName, size] of Object.entries(SIZES)) {
    const label = `${name} ${sizeName}`;
    let session;
    try {
      // A port of its own for each session's driver, so a driver still closing is never in the way.
      session = await openSession(name, PORT + 1 + 2 * Object.keys(ENGINES).indexOf(name) + Object.keys(SIZES).indexOf(sizeName), env);
    } catch (error) {
      report(false, `${label}: the browser starts`, error.message);
      continue;
    }
    const reader = new Reader(session.driver, label, site);
    try {
      await session.driver.get(`${ORIGIN}/`);
      const viewport = await fitWindow(session.driver, size);
      // The collector must be there for "no errors" to mean anything.
      await reader.js("console.error('collector check')");
      const check = await reader.errors();
      report(check.length === 1 && check[0].includes("collector check"), `${label}: ${session.version}, viewport ${viewport.join("×")}, error collector in place`, JSON.stringify(check));
    } catch (error) {
      report(false, `${label}: the first page opens`, error.message);
    }
    for (const journey of JOURNEYS.filter((j) => !j.sizes || j.sizes.includes(sizeName))) {
      try {
        await journey.run(reader);
        const errors = await reader.errors();
        report(errors.length === 0, `${label}: ${journey.name}`, `errors on the page:\n${errors.join("\n")}`);
      } catch (error) {
        const errors = await reader.errors().catch(() => []);
        report(false, `${label}: ${journey.name}`, [error.message.split("\n")[0], ...errors].join("\n"));
      }
    }
    await session.close();
  }
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const site = new Site();
let display = null;
const env = { ...process.env };
try {
  await site.start();
  if (engines.some((name) => ENGINES[name]?.display) && !process.env.DISPLAY) {
    // WebKitGTK has no headless mode: it draws into a virtual X server.
    env.DISPLAY = `:${90 + (process.pid % 9)}`;
    display = spawn("Xvfb", [env.DISPLAY, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], { stdio: "ignore" });
    await new Promise((resolve) => setTimeout(resolve, 700));
  }
  for (const name of engines) {
    if (!ENGINES[name]) report(false, `${name}: an engine this suite knows (${Object.keys(ENGINES).join(", ")})`);
    else await runEngine(name, env, site);
  }
} finally {
  await site.stop().catch(() => {});
  display?.kill();
}
console.log(`engines: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
