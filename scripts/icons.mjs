// Draws the install icons (public/icons/*.png) from our own artwork, public/favicon.svg, in
// headless Chromium: `node scripts/icons.mjs` (after `make setup-test`). The PNGs are committed;
// run this again only when the artwork changes.
import { readFileSync, mkdirSync } from "node:fs";
import { chromium } from "../tests/e2e/node_modules/playwright-core/index.mjs";

const favicon = readFileSync("public/favicon.svg", "utf8");
// Maskable: the launcher crops to a circle or squircle, so the background fills the square
// and the cross stays inside the central 80 % "safe zone".
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0d5c63"/>` +
  `<path d="M16 9.5v13M9.5 16h13" stroke="#fff" stroke-width="3.6" stroke-linecap="round"/></svg>`;
const icons = [
  ["icon-192.png", favicon, 192],
  ["icon-512.png", favicon, 512],
  ["icon-maskable-512.png", maskable, 512],
];

mkdirSync("public/icons", { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium" });
for (const [file, svg, size] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const html = `<body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`;
  await page.setContent(html);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  await page.close();
  console.log(`public/icons/${file} (${size}×${size})`);
}
await browser.close();
