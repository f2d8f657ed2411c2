// The three engines and how each is started: its WebDriver server (started here, on a port of
// its own), the capabilities of a session, and how the error collector (errors.js) gets into
// every page before the page's scripts run.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder } from "selenium-webdriver";
import ScriptManager from "selenium-webdriver/bidi/scriptManager.js";

const here = new URL(".", import.meta.url).pathname;
const cache = process.env.HC_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(process.env.HOME, ".cache"), "health-center");
export const GECKODRIVER = process.env.HC_GECKODRIVER ?? join(cache, "geckodriver-0.37.1/bin/geckodriver");
const COLLECTOR = readFileSync(join(here, "errors.js"), "utf8").replace(/^\/\/.*\n/gm, "").trim().replace(/;$/, "");

/** A Firefox profile whose window has no toolbars, so it can be as narrow as a phone. */
function firefoxProfile() {
  const dir = join(tmpdir(), `hc-firefox-${process.pid}`);
  mkdirSync(join(dir, "chrome"), { recursive: true });
  writeFileSync(join(dir, "user.js"), [
    'user_pref("toolkit.legacyUserProfileCustomizations.stylesheets", true);',
    'user_pref("browser.shell.checkDefaultBrowser", false);',
    'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    'user_pref("app.update.enabled", false);',
    // Scrollbars over the page, as on a phone, so the page keeps the whole window's width.
    'user_pref("ui.useOverlayScrollbars", 1);',
  ].join("\n"));
  writeFileSync(join(dir, "chrome/userChrome.css"), "#navigator-toolbox { visibility: collapse !important; } :root { min-width: 0 !important; }\n");
  return dir;
}

/** Each engine: its driver, a session's capabilities, whether it needs an X display. */
export const ENGINES = {
  chromium: {
    driver: ["/usr/bin/chromedriver", (port) => [`--port=${port}`]],
    capabilities: () => ({
      browserName: "chrome",
      webSocketUrl: true,
      "goog:chromeOptions": {
        binary: process.env.HC_CHROMIUM ?? "/usr/bin/chromium",
        args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"],
      },
    }),
    collector: "bidi",
  },
  firefox: {
    // Firefox's BiDi socket gets a port of its own too: the default (9222) would be shared by two
    // sessions, and one Firefox still closing would refuse the next one.
    driver: [GECKODRIVER, (port) => ["--host", "127.0.0.1", "--port", String(port), "--websocket-port", String(port + 5000)]],
    capabilities: () => ({
      browserName: "firefox",
      webSocketUrl: true,
      "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless", "-profile", firefoxProfile()] },
    }),
    collector: "bidi",
  },
  webkit: {
    driver: ["/usr/bin/WebKitWebDriver", (port) => [`--port=${port}`]],
    // The window the driver starts is ours (webkit-window.py): narrow enough for a phone, and it
    // injects the collector itself (WebKitWebDriver has no preload scripts).
    capabilities: () => ({ browserName: "health-center-webkit-window", "webkitgtk:browserOptions": { binary: join(here, "webkit-window.py"), args: ["--automation"] } }),
    collector: "window",
    display: true,
  },
};

/** Starts the WebDriver server `command args…` and resolves once it answers on `port`. */
export async function startDriver(command, args, port, env = process.env) {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let exited = null;
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  child.on("exit", (code) => (exited = code));
  const failed = new Promise((_, reject) => child.on("error", (error) => reject(new Error(`cannot start ${command}: ${error.message}`))));
  const started = Date.now();
  while (Date.now() - started < 20_000) {
    if (exited !== null) throw new Error(`${command} exited (${exited}) before it was ready:\n${output}`);
    const ready = await Promise.race([fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false), failed]);
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${command} did not answer on port ${port} in 20 s:\n${output}`);
}

/** A WebDriver session in `engine`, with the error collector in every page it opens. */
export async function openSession(name, port, env) {
  const engine = ENGINES[name];
  const [command, args] = engine.driver;
  const driverProcess = await startDriver(command, args(port), port, env);
  let driver;
  try {
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(engine.capabilities()).build();
    if (engine.collector === "bidi") {
      const scripts = await ScriptManager(undefined, driver);
      await scripts.addPreloadScript(COLLECTOR);
    }
  } catch (error) {
    // Leave no driver (and no browser) behind for the next session to run into.
    await driver?.quit().catch(() => {});
    driverProcess.kill();
    throw error;
  }
  const caps = await driver.getCapabilities();
  const version = `${caps.get("browserName")} ${caps.get("browserVersion")}`;
  return { driver, version, close: async () => {
    await driver.quit().catch(() => {});
    driverProcess.kill();
  } };
}
