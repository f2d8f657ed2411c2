// The bootstrap module every page loads: it starts the app. package-app (bootstrap.rs) writes
// it into the app's files with the hashed names in place of `{GLUE}`, `{WASM}`, `{SEARCH_GLUE}`
// and `{SEARCH_WASM}`; all are relative to the bootstrap itself (`import.meta.url`), so one
// build serves every public URL. It ships as it is here, less this opening comment:
//
// - Leptos' hydration reads three globals that a Leptos server writes into its pages; the
//   site build has no server resources or errors to pass on, so they are empty. (Set here,
//   not from Rust: the same in the wasm costs 280 bytes brotli.)
// - The page is already complete (pre-rendered) and painted: the head script
//   (`public/start-after-paint.js`) adds this module to the page at the first contentful
//   paint, with the glue, the chunk loader and the wasm preloaded beside it, so `init` finds
//   the wasm already on its way.
// - `<html data-app="started">` says the app has taken over: the app sets it once it has
//   hydrated the page, inside `init` for an article, or once the page's chunk has come for a
//   page whose code is split off (`src/chunks/page.rs`); tests and tools wait for it, and so
//   does the rest of this module. Then each button tapped before (kept by
//   `public/keep-early-taps.js` in the head script) is clicked again, once, in order: the
//   app's handlers are on those same elements now. One task later, so that the app's first
//   effects (the reader's stored preferences) have run: A− at a stored 200 % makes 175 %.
// - The service worker (`sw.js`, written by the site build at the site's root, one folder
//   up from the bootstrap) is registered once the app has started; its scope is the site's
//   root, so a sub-path build keeps to its own pages. Where there is none (no support, storage
//   blocked) the site works as before, online. Once it is ready, it is told the reader's
//   viewport width and pixel density, so that a saved page kept while not on screen keeps the
//   picture variants this screen needs (see `choose` in the worker).
// - `<hc-offline-mark data-page="/…">` (empty, under each card on the Saved page) says
//   "Available offline" when the worker keeps that page: the page is in Cache Storage, which
//   the page can read too. Here rather than in the app's wasm, where the same costs about
//   0.6 KB brotli more.
// - `<hc-search>` (the search page's frame, `src/routes/search.rs`), defined once the app has
//   taken the page over (so hydration finds the page as rendered), imports the search module
//   and its wasm when it enters the page, once a visit, and hands itself over
//   (`mount(element)`). If the import fails (offline) the element gets
//   `data-failed`, which shows its "Try again" message; the button imports afresh. Defined
//   here rather than in the app's wasm, where the same costs about 2 KB brotli.
import init from "./{GLUE}";
window.__RESOLVED_RESOURCES = [];
window.__SERIALIZED_ERRORS = [];
window.__INCOMPLETE_CHUNKS = [];
await init({ module_or_path: new URL("./{WASM}", import.meta.url) });
const html = document.documentElement;
if (!html.dataset.app) await new Promise((resolve) => new MutationObserver((_, seen) => (seen.disconnect(), resolve())).observe(html, { attributeFilter: ["data-app"] }));
await new Promise((resolve) => setTimeout(resolve, 0));
for (const button of window.__hcEarlyTaps?.splice(0) ?? []) button.removeAttribute("data-early-tap"), button.click();
navigator.serviceWorker?.register(new URL("../sw.js", import.meta.url)).catch(() => {});
navigator.serviceWorker?.ready.then((r) => r.active?.postMessage(JSON.stringify({ screen: [innerWidth, devicePixelRatio] })));
customElements.define("hc-offline-mark", class extends HTMLElement {
  connectedCallback() {
    globalThis.caches?.match(new URL(this.dataset.page, location.href)).then((kept) => {
      this.className = kept ? "offline-mark" : "";
      this.textContent = kept ? "Available offline" : "";
    }, () => {});
  }
});
let searchEngine;
customElements.define("hc-search", class extends HTMLElement {
  connectedCallback() {
    this.onclick = (event) => event.target.closest("[data-retry]") && this.load();
    this.load();
  }
  load() {
    this.removeAttribute("data-failed");
    searchEngine ??= import("./{SEARCH_GLUE}").then(async (engine) => {
      await engine.default({ module_or_path: new URL("./{SEARCH_WASM}", import.meta.url) });
      return engine;
    });
    searchEngine.then((engine) => engine.mount(this), () => {
      searchEngine = undefined;
      this.setAttribute("data-failed", "");
    });
  }
});
