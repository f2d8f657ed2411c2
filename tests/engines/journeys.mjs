// The journeys a reader depends on, written once for every engine: each is a function of a
// `Reader` (run.mjs), which opens pages, clicks, waits and throws with a plain sentence when
// what a reader would see does not happen.

const ARTICLE = "/back-pain/spinal-manipulation/";
const HUB = "/back-pain/";
const SLIDESHOW = "/back-pain/back-pain-myths/";
const TABLE_ARTICLE = "/back-pain/pain-relievers-for-back-pain/";

/** Opens the article until its service worker is active, then visits `path` under the worker
 * (a new visit: a reload may bypass the worker, as Firefox's WebDriver reload does). */
async function visitUnderTheWorker(reader, path) {
  await reader.open(ARTICLE);
  await reader.waitFor(() => reader.js("return navigator.serviceWorker.getRegistration().then((r) => !!(r && r.active))"), Boolean, "an active service worker");
  await reader.open(path);
  await reader.waitFor(() => reader.js("return !!navigator.serviceWorker.controller"), Boolean, `${path} controlled by the worker`);
}

/** Each journey: its name, the window sizes it runs at, and what it does. */
export const JOURNEYS = [
  {
    name: "an article opened by its link shows its heading and the app starts",
    async run(reader) {
      await reader.open(ARTICLE);
      await reader.waitForText("main h1", "Spinal Manipulation");
      await reader.screenshot("article");
    },
  },
  {
    name: "text size up, reload, still up",
    async run(reader) {
      await reader.open(ARTICLE);
      await reader.openHeaderPanel("site-header__disclosure--tools");
      await reader.click('button[aria-label="Increase text size"]');
      await reader.waitFor(() => reader.js("return document.documentElement.dataset.textSize"), (size) => size === "112", "text size 112 %");
      await reader.reload();
      await reader.waitFor(() => reader.js("return document.documentElement.dataset.textSize"), (size) => size === "112", "text size 112 % after reload");
      await reader.openHeaderPanel("site-header__disclosure--tools");
      await reader.click('button[aria-label="Reset text size"]');
    },
  },
  {
    name: "a link inside the site is followed without a reload, and Back returns",
    async run(reader) {
      await reader.open(ARTICLE);
      await reader.js("window.__journeyMark = 'same document'");
      await reader.click('nav.breadcrumbs a[href="/back-pain"]');
      await reader.waitForText("main h1", "Back Pain Health Center");
      await reader.expectSameDocument("after following the breadcrumb");
      await reader.back();
      await reader.waitForText("main h1", "Spinal Manipulation");
      await reader.expectSameDocument("after Back");
    },
  },
  {
    name: "the Today on carousel pages with Next",
    async run(reader) {
      await reader.open(HUB);
      const before = await reader.text(".carousel__status");
      await reader.click('.carousel__button[aria-disabled="false"]');
      await reader.waitFor(() => reader.text(".carousel__status"), (now) => now !== before && /^Showing 2|^Showing 5/.test(now), "the next page of tiles");
      await reader.waitFor(() => reader.js("return document.querySelector('#today-on-tiles').scrollLeft"), (left) => left > 0, "the strip scrolled");
    },
  },
  {
    name: "Save article, then the Saved page lists it",
    async run(reader) {
      await reader.open(ARTICLE);
      await reader.click(".save__button");
      await reader.waitFor(() => reader.js("return document.querySelector('.save__button').getAttribute('aria-pressed')"), (p) => p === "true", "the button pressed");
      await reader.open("/saved/");
      await reader.waitFor(() => reader.js(`return [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'))`),
        (links) => links.includes("/back-pain/spinal-manipulation"), "a link to the saved article");
      await reader.js("localStorage.clear()");
    },
  },
  {
    name: "search shows results",
    async run(reader) {
      await reader.open("/search?q=sciatica");
      await reader.waitFor(() => reader.js("return document.querySelectorAll('.search-result').length"), (n) => n > 0, "search results");
    },
  },
  {
    name: "a slideshow moves to its next slide",
    async run(reader) {
      await reader.open(SLIDESHOW);
      await reader.waitForText(".slideshow__status", "Slide 1 of 6");
      await reader.clickButton(".slideshow", "Next");
      await reader.waitForText(".slideshow__status", "Slide 2 of 6");
    },
  },
  {
    name: "the phone header opens its Menu and Text size panels",
    sizes: ["phone"],
    async run(reader) {
      await reader.open(ARTICLE);
      await reader.openHeaderPanel("site-header__disclosure--menu");
      await reader.waitFor(() => reader.displayed(".site-header__nav a[href='/a-z']"), Boolean, "the A to Z link shown");
      await reader.openHeaderPanel("site-header__disclosure--tools");
      await reader.waitFor(() => reader.displayed('button[aria-label="Increase text size"]'), Boolean, "the text size buttons shown");
    },
  },
  {
    name: "no page scrolls sideways (home, hub, article, table, A to Z)",
    async run(reader) {
      for (const path of ["/", HUB, ARTICLE, TABLE_ARTICLE, "/a-z/"]) {
        await reader.open(path);
        const [scroll, width] = await reader.js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (scroll > width) throw new Error(`${path} is ${scroll} px wide in a ${width} px window`);
      }
    },
  },
  {
    name: "the service worker registers and controls the next load",
    async run(reader) {
      await visitUnderTheWorker(reader, HUB);
    },
  },
  {
    name: "offline, a page read before opens and one never read gives the offline page",
    async run(reader) {
      // Read under the worker, so that it keeps the page.
      await visitUnderTheWorker(reader, ARTICLE);
      await reader.site.stop();
      try {
        await reader.open(ARTICLE);
        await reader.waitForText("main h1", "Spinal Manipulation");
        await reader.openStatic("/back-pain/sciatica/");
        await reader.waitForText("main h1", "You are offline");
      } finally {
        await reader.site.start();
      }
    },
  },
  // Last: in Firefox's phone window, the next journey's carousel (its strip's smooth scroll)
  // did not move after this one, on a page opened afresh (3 of 3 runs; not with the journey
  // here). To look into: it needs no code of ours on that page beyond the carousel's.
  {
    name: "Back returns to where the reader was on the page left, and focus goes to the new heading",
    async run(reader) {
      await reader.open(HUB);
      await reader.js("window.__journeyMark = 'same document'");
      const [left, title] = await reader.js(`const links = document.querySelectorAll('.card__title a');
        const last = links[links.length - 1];
        last.setAttribute('data-journey', 'last');
        last.scrollIntoView({ block: 'center' });
        return [Math.round(scrollY), last.textContent.trim()];`);
      if (left < 200) throw new Error(`the hub scrolled to ${left} px only`);
      await reader.click("[data-journey=last]");
      await reader.waitForText("main h1", title);
      await reader.waitFor(() => reader.js("return [Math.round(scrollY), document.activeElement.localName]"), ([y, focused]) => y < 5 && focused === "h1", "the new page at the top, its heading focused");
      await reader.back();
      await reader.waitForText("main h1", "Back Pain Health Center");
      await reader.waitFor(() => reader.js("return Math.round(scrollY)"), (y) => Math.abs(y - left) <= 2, `the hub back at ${left} px`);
      await reader.expectSameDocument("after Back");
    },
  },
];
