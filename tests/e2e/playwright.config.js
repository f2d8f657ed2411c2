// Playwright: the built dist/ served on 127.0.0.1, in Debian's Chromium, desktop and mobile.
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 4173);
// The same site built for a sub-path (make test builds it into target/dist-health).
export const SUBPATH_PORT = PORT + 1;
// The site built from the content with a real photograph for every picture (target/dist-photos).
export const PHOTOS_PORT = PORT + 10;
// A site of 12 centers (the shipped 2 and 10 generated), which make test's build checks build
// into target/dist-other: more centers than the site index names.
export const LARGE_SITE_PORT = PORT + 11;

const chromium = {
  browserName: "chromium",
  launchOptions: {
    executablePath: process.env.HC_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.js",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  // Service workers only where a spec allows them (offline.spec.js): with one, requests go
  // through it, and the failures other specs stage with page.route would not reach the page.
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure", serviceWorkers: "block" },
  // Plain static servers: no rewrite rules, 404.html for unknown paths (scripts/serve.mjs).
  webServer: [
    {
      command: `node ../../scripts/serve.mjs ../../dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node ../../scripts/serve.mjs ../../target/dist-health --port ${SUBPATH_PORT} --base /health/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/health/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node ../../scripts/serve.mjs ../../target/dist-photos --port ${PHOTOS_PORT}`,
      url: `http://127.0.0.1:${PHOTOS_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node ../../scripts/serve.mjs ../../target/dist-other --port ${LARGE_SITE_PORT}`,
      url: `http://127.0.0.1:${LARGE_SITE_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
  projects: [
    { name: "desktop", use: { ...chromium, viewport: { width: 1280, height: 800 } } },
    {
      name: "mobile",
      use: { ...chromium, viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    },
  ],
});
