// Shared helpers for the end-to-end tests.
import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";

/** Collects console errors and uncaught exceptions of a page; call `.check()` at the end. */
export function watchConsole(page) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  return {
    problems,
    check: () => expect(problems, "no console errors or uncaught exceptions").toEqual([]),
  };
}

/**
 * Opens `path` and waits until the app has taken over the pre-rendered page: the <h1> is in
 * the HTML from the start, and the app sets `<html data-app="started">` once it has hydrated the
 * page (at its start, or once the page's own chunk has come: src/chunks/page.rs).
 */
export async function openPage(page, path) {
  await page.goto(path);
  await expect(page.locator("main h1")).toBeVisible();
  await page.waitForFunction(() => document.documentElement.dataset.app === "started");
}

/**
 * Opens the hub `hubPath`, then follows the link to the item called `title`: an item page
 * reached by client-side navigation, whose content is fetched (a deep link carries it).
 */
export async function navigateToItem(page, hubPath, title) {
  await openPage(page, hubPath);
  await page.locator("main").getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.locator("main h1")).toHaveText(title);
}

/** Opens an item page and waits until its fetched content is shown. */
export async function openItem(page, path) {
  await openPage(page, path);
  await expect(page.getByRole("heading", { name: "Medical disclaimer" })).toBeVisible();
}

/** Runs axe-core (WCAG 2.2 A/AA and best practices) and expects no violations. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Whether the document is wider than the viewport (sideways scrolling). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** On a phone the reading controls are behind "Text size" in the header: opens it if it is
 * closed (wider screens always show them). */
export async function showReadingControls(page) {
  await openDisclosure(page, ".site-header__disclosure--tools");
}

/** On a phone the site navigation and the search form are behind "Menu": opens it if it is closed. */
export async function showSiteMenu(page) {
  await openDisclosure(page, ".site-header__disclosure--menu");
}

async function openDisclosure(page, selector) {
  const summary = page.locator(`${selector} > summary`);
  if ((await summary.isVisible()) && !(await page.locator(selector).evaluate((details) => details.open))) await summary.click();
}

/** Records, from DOMContentLoaded on, every mutation inside <body> as a short description
 * (in `window.__mutations`; install with `page.addInitScript`: hydration.spec.js says what is left out). */
export function recordMutations() {
  window.__mutations = [];
  const describe = (node) =>
    node.nodeType === Node.ELEMENT_NODE ? `<${node.localName}${node.className ? `.${String(node.className).split(" ")[0]}` : ""}>` : node.nodeName;
  let parsed = false;
  const observer = new MutationObserver((records) => {
    if (parsed) record(records);
  });
  // The parser's own insertions (up to the last text node of <body>) are not changes, nor
  // is the head script's showing of the stored preferences in the controls (its
  // DOMContentLoaded listener, registered while the page was parsed, runs before this one).
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    document.addEventListener("DOMContentLoaded", () => {
      observer.takeRecords();
      parsed = true;
    });
  });
  const record = (records) => {
    for (const record of records) {
      const target = record.target;
      const element = target.nodeType === Node.ELEMENT_NODE ? target : target.parentElement;
      if (!document.body?.contains(target) || element?.closest("hc-search, .page--search h1")) continue;
      if (window.__allowCarousel && element?.closest(".carousel")) continue;
      if (record.type === "attributes" && record.attributeName === "data-early-tap") continue;
      // The same value set again changes nothing a reader could see.
      if (record.type === "attributes" && record.oldValue === target.getAttribute(record.attributeName)) continue;
      if (record.type === "characterData" && record.oldValue === target.data) continue;
      const detail =
        record.type === "attributes"
          ? `${record.attributeName}: ${JSON.stringify(record.oldValue)} → ${JSON.stringify(target.getAttribute(record.attributeName))}`
          : record.type === "characterData"
            ? `${JSON.stringify(record.oldValue)} → ${JSON.stringify(target.data)}`
            : `+${record.addedNodes.length} −${record.removedNodes.length}`;
      window.__mutations.push(`${record.type} ${describe(target)} ${detail}`);
    }
  };
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true });
}
