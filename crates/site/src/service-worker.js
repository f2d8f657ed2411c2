// Health Center's service worker: keeps the app and the pages a reader saved or read
// recently, so that they open without a connection. The site build writes it into
// dist/sw.js (crates/site/src/service_worker.rs), filling in the three values below.
"use strict";

/** This build (a digest of the app's files, the offline page and this script). */
const VERSION = "__VERSION__";
/** The app shell, relative to the scope: content-hashed files, so never stale; and the home
 *  page's list of centers, which makes a new version whenever it changes. */
const SHELL = __SHELL__;
/** The offline page, pre-rendered: shown for a page that is not kept when the network fails,
 *  with the pages that are kept written into its slot. */
const OFFLINE_PAGE = __OFFLINE_PAGE__;
const OFFLINE_PAGES_SLOT = '<div id="offline-pages"></div>';

/** How many of the pages read last are kept (saved pages are kept until they are unsaved). */
const RECENT_PAGES = 30;
/** What the recently read pages may take together (saved pages are kept whatever they take). */
const RECENT_BYTES = 3 * 1024 * 1024;

const SCOPE = new URL(self.registration.scope);
// Cache Storage is shared by the whole origin: names carry the scope, so a site under /health/
// never touches another one on the same host.
const PREFIX = `health-center ${SCOPE.pathname} `;
const CACHE = `${PREFIX}${VERSION}`;
const RECORDS_CACHE = `${PREFIX}records`;
const RECORDS_URL = new URL("offline/records.json", SCOPE).href;
const SHELL_URLS = new Set(SHELL.map((file) => new URL(file, SCOPE).href));

// ---- Install: the shell, and every page kept by an earlier version fetched again, so that no
// kept page refers to files this version does not have. The old version serves until then.

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // From the HTTP cache when the page just loaded them: a first visit downloads nothing more.
    await cache.addAll([...SHELL_URLS]);
    await serially(async () => {
      const records = await readRecords();
      await inTurns(keptPaths(records), 4, (path) => keepPage(cache, records, path, { refresh: true }));
      await writeRecords(records);
    });
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE && name !== RECORDS_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
    // On a first visit the page on screen loaded before this worker existed: keep it too.
    const windows = await self.clients.matchAll({ type: "window" });
    await serially(async () => {
      const [cache, records] = [await caches.open(CACHE), await readRecords()];
      for (const client of windows) {
        const path = sitePath(new URL(client.url));
        if (path) shownIn.set(client.id, path);
        // From the HTTP cache: the page and its images loaded a moment ago.
        if (path && !records.pages[path]?.files) await keepPage(cache, records, path, { read: true, cached: true });
      }
      await tidy(cache, records);
      await writeRecords(records);
    });
  })());
});

// ---- Requests

/** The page each window shows (by client id), so that the images it loads are kept with it. */
const shownIn = new Map();
/** Data files a window could not get (no network, none kept), by client id: see `read`. */
const missedData = new Map();

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  if (request.mode === "navigate") return event.respondWith(openPage(event, url));
  const folder = url.pathname.slice(SCOPE.pathname.length).split("/")[0];
  if (folder === "assets") return event.respondWith(cacheFirst(request));
  if (folder === "content" || folder === "images") return event.respondWith(networkFirst(event));
  // Anything else (the search index, the sitemap) goes to the network as if there were no worker.
});

/** Pages: the network first, so a reader online always gets the latest; the kept copy, or the
 *  offline page, only when the network fails. */
async function openPage(event, url) {
  const path = sitePath(url);
  if (path && event.resultingClientId) shownIn.set(event.resultingClientId, path);
  try {
    const response = await fetch(event.request);
    if (path && response.ok) event.waitUntil(serially(() => read(path, response.clone())));
    return response;
  } catch (error) {
    const kept = path && (await (await caches.open(CACHE)).match(pageUrl(path), { ignoreVary: true }));
    return kept || offlinePage(await readRecords());
  }
}

/** The app's hashed files: the shell's copy when there is one. */
async function cacheFirst(request) {
  const kept = await (await caches.open(CACHE)).match(request, { ignoreVary: true });
  return kept || fetch(request);
}

/** Data files and images: the network first; a kept copy is refreshed on the way, and an
 *  image a kept page shows is kept with it. */
async function networkFirst(event) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    const shownOn = shownIn.get(event.clientId);
    if (response.ok && shownOn && event.request.destination === "image") {
      event.waitUntil(serially(() => keepImage(cache, shownOn, event.request.url, response.clone())));
    } else if (response.ok) {
      event.waitUntil(refreshIfKept(cache, event.request.url, response.clone()));
    }
    return response;
  } catch (error) {
    const kept = await cache.match(event.request.url, { ignoreVary: true });
    if (kept) return kept;
    if (event.clientId) missedData.set(event.clientId, [...(missedData.get(event.clientId) || []), { url: event.request.url, at: Date.now() }].slice(-8));
    throw error;
  }
}

async function refreshIfKept(cache, url, response) {
  if (await cache.match(url, { ignoreVary: true })) await cache.put(url, response);
}

/** Keeps an image the page at `path` just loaded, if that page is kept. */
async function keepImage(cache, path, url, response) {
  const records = await readRecords();
  const record = records.pages[path];
  if (!record?.files) return;
  await cache.put(url, await plain(response));
  if (!record.files.includes(url)) {
    record.files.push(url);
    record.bytes = await sizeOf(cache, record.files);
    await writeRecords(records);
  }
}

// ---- What the app tells us: the saved list, and pages read by a link inside the site.

self.addEventListener("message", (event) => {
  let message;
  try {
    message = JSON.parse(event.data);
  } catch {
    return;
  }
  if (Array.isArray(message?.screen)) event.waitUntil(serially(() => remember({ width: +message.screen[0], dpr: +message.screen[1] })));
  if (Array.isArray(message?.saved)) event.waitUntil(serially(() => saved(message.saved.filter(isSitePath))));
  if (isSitePath(message?.read)) {
    if (event.source?.id) shownIn.set(event.source.id, message.read);
    event.waitUntil(serially(() => read(message.read, undefined, event.source)));
  }
});

/** The page at `path` was read: keep it (with `response` when the page was just fetched).
 *  Reached by a link inside the site (`client` told us), a page that is not kept, cannot be
 *  fetched, and whose content the app could not get either, is loaded in full: the reader gets
 *  the offline page, as on any page load offline, rather than the app's "could not be loaded".
 *  (A page the app shows without fetching, such as the home page, stays as it is.) */
async function read(path, response, client) {
  if (!keepable(path)) return;
  const [cache, records] = [await caches.open(CACHE), await readRecords()];
  const record = records.pages[path];
  let outcome = "kept";
  // Read again within minutes of being fetched: nothing new to fetch.
  if (!response && record?.files && Date.now() - record.fetched < 10 * 60 * 1000) {
    record.read = Date.now();
  } else {
    outcome = await keepPage(cache, records, path, { response, read: true, shown: true });
  }
  await tidy(cache, records);
  await writeRecords(records);
  if (outcome === "unreachable" && client?.navigate && !records.pages[path]?.files && (await contentMissed(client.id, path))) {
    await client.navigate(pageUrl(path)).catch(() => {});
  }
}

/** Whether the window `clientId` failed to get the content of the page at `path` (its data
 *  files sit under `content/` at the page's own path: `/back-pain/sciatica` reads
 *  `content/back-pain/sciatica.json`, `/back-pain` reads `content/back-pain/_center.json`).
 *  The app asks for it as it shows the page, around when it tells us: so we wait a moment. */
async function contentMissed(clientId, path) {
  if (path === "/") return false;
  const content = new URL(`content${path}`, SCOPE).href;
  for (let tries = 0; tries < 10; tries++) {
    const missed = missedData.get(clientId) || [];
    const ours = (url) => url === `${content}.json` || url.startsWith(`${content}/`);
    if (missed.some((miss) => ours(miss.url) && Date.now() - miss.at < 10_000)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** The reader's screen (viewport width in CSS px, and density), told by the bootstrap: the
 *  pictures of pages kept while not on screen are chosen for it. */
async function remember(screen) {
  if (!(screen.width > 0 && screen.dpr > 0)) return;
  const records = await readRecords();
  records.screen = screen;
  await writeRecords(records);
}

/** The reader's saved list changed (or the app started): keep exactly those saved pages. */
async function saved(paths) {
  const [cache, records] = [await caches.open(CACHE), await readRecords()];
  records.saved = paths.filter(keepable);
  for (const path of records.saved) {
    if (!records.pages[path]?.files) await keepPage(cache, records, path, {});
  }
  await tidy(cache, records);
  await writeRecords(records);
}

/** The offline page, listing the kept pages: saved ones in the reader's order, then the
 *  rest, read most recently first. Status 503: it is not the page asked for. */
function offlinePage(records) {
  const kept = (path) => records.pages[path]?.files;
  const saved = records.saved.filter(kept);
  const recent = Object.keys(records.pages)
    .filter((path) => kept(path) && !saved.includes(path))
    .sort((a, b) => records.pages[b].read - records.pages[a].read);
  const lists = saved.length || recent.length
    ? linkList("Saved", saved, records) + linkList("Recently read", recent, records)
    : `<p>None yet. Articles you save, and the last ${RECENT_PAGES} pages you read, are kept in this browser so that you can open them without a connection.</p>`;
  const section = '<section class="available-offline" aria-labelledby="available-offline-title">' +
    `<h2 id="available-offline-title">Pages you can read offline</h2>${lists}</section>`;
  const html = OFFLINE_PAGE.replace(OFFLINE_PAGES_SLOT, `<div id="offline-pages">${section}</div>`);
  const headers = { "Content-Type": "text/html; charset=utf-8", "X-Frame-Options": "DENY", "Cache-Control": "no-store" };
  return new Response(html, { status: 503, headers });
}

function linkList(heading, paths, records) {
  if (!paths.length) return "";
  const links = paths.map((path) => `<li><a href="${escapeHtml(new URL(pageUrl(path)).pathname)}">${escapeHtml(records.pages[path].title)}</a></li>`);
  return `<h3>${heading}</h3><ul class="link-list">${links.join("")}</ul>`;
}

function escapeHtml(text) {
  const entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  return String(text).replace(/[&<>"']/g, (c) => entities[c]);
}

// ---- Keeping a page: its HTML, the data files it carries, and its images.

/** Fetches (or takes `response` for) the page at `path` and keeps it with what it needs, and
 *  says how it went. `shown`: the page is on screen, its images in the HTTP cache; `cached`:
 *  the page itself too. A page that is gone is forgotten; one built for other app files (a deploy
 *  this worker predates) is noted as read, for the next version to keep. A network failure
 *  leaves things as they were, except while installing, where it stops the update: the old
 *  version stays until it works. */
async function keepPage(cache, records, path, { response, read = false, refresh = false, shown = false, cached = false }) {
  const record = (records.pages[path] ??= { title: path, read: 0 });
  if (read) record.read = Date.now();
  const url = pageUrl(path);
  try {
    response ??= await fetch(url, { cache: cached ? "force-cache" : "no-cache" });
  } catch (error) {
    if (refresh) throw error;
    return "unreachable";
  }
  if (response.status === 404 || response.status === 410) {
    forget(records, path);
    return "gone";
  }
  if (!response.ok || !(response.headers.get("Content-Type") || "").includes("text/html")) return "refused";
  const html = await response.clone().text();
  if (!ownAssets(html, url)) {
    delete record.files;
    return "another version";
  }
  const files = [url];
  await cache.put(url, await plain(response));
  for (const { src, json } of dataBlocks(html)) {
    const dataUrl = new URL(src, url).href;
    await cache.put(dataUrl, new Response(json, { headers: { "Content-Type": "application/json" } }));
    files.push(dataUrl);
  }
  const onScreen = shown || cached;
  for (const picture of pictures(html, url)) {
    // A page on screen: the variant the browser chose for each picture is in its HTTP cache,
    // so keep whichever is there, and nothing more (pictures it loads later are kept as they
    // pass, see networkFirst). Otherwise (a saved page): the variant this reader's screen
    // needs, chosen as the browser would choose it.
    const wanted = onScreen ? picture.candidates : [choose(picture, records.screen)];
    for (const src of wanted) {
      try {
        const image = await fetch(src, onScreen ? { cache: "only-if-cached", mode: "same-origin" } : { cache: "no-cache" });
        if (image.ok) {
          await cache.put(src, await plain(image));
          files.push(src);
        }
      } catch {
        // A picture that cannot be fetched now: the page still opens, with its text alternative.
      }
    }
  }
  Object.assign(record, { title: heading(html) || record.title, files, fetched: Date.now(), bytes: await sizeOf(cache, files) });
  return "kept";
}

/** The response as a fresh one: a response that followed a redirect cannot answer a page load. */
async function plain(response) {
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

function forget(records, path) {
  delete records.pages[path];
  records.saved = records.saved.filter((saved) => saved !== path);
}

/** Whether every app file the page links to is in this version's shell. */
function ownAssets(html, pageUrl) {
  const assets = [...html.matchAll(/(?:src|href)="([^"]*\/assets\/[^"]+)"/g)].map((m) => new URL(decode(m[1]), pageUrl).href);
  return assets.length > 0 && assets.every((asset) => SHELL_URLS.has(asset));
}

/** The data blocks a page carries, each with the address of the data file it is. */
function dataBlocks(html) {
  return [...html.matchAll(/<script type="application\/json" id="[^"]*" data-src="([^"]+)">([^<]*)<\/script>/g)]
    .map((m) => ({ src: decode(m[1]), json: m[2] }));
}

/** The page's pictures under the site's own images/ folder: each `<img>` with its `src`, and
 *  its variants (`srcset`) and `sizes` when it has them. */
function pictures(html, pageUrl) {
  const folder = new URL("images/", SCOPE).href;
  const attribute = (tag, name) => decode((tag.match(new RegExp(`\\s${name}="([^"]*)"`)) || [])[1] || "");
  const found = [];
  for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) {
    const src = attribute(tag, "src") && new URL(attribute(tag, "src"), pageUrl).href;
    const srcset = attribute(tag, "srcset").split(",").map((entry) => entry.trim().split(/\s+/)).filter(([u, w]) => u && /^\d+w$/.test(w))
      .map(([u, w]) => ({ url: new URL(u, pageUrl).href, width: parseInt(w, 10) }));
    const candidates = srcset.length ? srcset.map((c) => c.url) : [src];
    if (!candidates.every((c) => c && c.startsWith(folder)) || found.some((f) => f.candidates.join() === candidates.join())) continue;
    found.push({ src, srcset, sizes: attribute(tag, "sizes"), candidates });
  }
  return found;
}

/** The variant of `picture` a screen `{ width, dpr }` needs: the width its `sizes` gives at
 *  that viewport, times the density, rounded up to the next variant (the largest if none is
 *  wide enough). Without a screen (the app has not said), the picture's own `src`. */
function choose(picture, screen) {
  if (!picture.srcset.length || !screen) return picture.src;
  const needed = slotWidth(picture.sizes, screen.width) * screen.dpr;
  const widths = [...picture.srcset].sort((a, b) => a.width - b.width);
  return (widths.find((c) => c.width >= needed) || widths[widths.length - 1]).url;
}

/** The width in CSS px that a `sizes` attribute gives for a viewport `vw` px wide: the first
 *  entry whose `(min-width: …)` condition holds (the only kind the app writes). */
function slotWidth(sizes, vw) {
  const length = (text) => {
    const value = (term) => {
      const [, n, unit] = term.trim().match(/^([\d.]+)(rem|em|px|vw)$/) || [];
      return n === undefined ? NaN : parseFloat(n) * (unit === "vw" ? vw / 100 : unit === "px" ? 1 : 16);
    };
    const calc = text.trim().match(/^calc\((.*)\)$/);
    if (!calc) return value(text);
    return calc[1].split(/\s+(?=[-+]\s)/).reduce((sum, part, i) => {
      const [, sign, term] = i === 0 ? [, "+", part] : part.match(/^([-+])\s+(.*)$/) || [, "+", "NaN"];
      return sum + (sign === "-" ? -1 : 1) * value(term);
    }, 0);
  };
  for (const entry of (sizes || "100vw").split(",")) {
    const [, condition, size] = entry.trim().match(/^(?:\(min-width:\s*([^)]+)\)\s+)?(.+)$/) || [];
    if (!condition || vw >= length(condition)) {
      const width = length(size);
      if (Number.isFinite(width)) return width;
    }
  }
  return vw;
}

/** The page's first heading, as text. */
function heading(html) {
  const match = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/);
  return match ? decode(match[1].replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim() : "";
}

function decode(text) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name) => {
    if (name[0] !== "#") return named[name.toLowerCase()] ?? entity;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

async function sizeOf(cache, urls) {
  let bytes = 0;
  for (const url of urls) {
    const response = await cache.match(url, { ignoreVary: true });
    if (response) bytes += (await response.blob()).size;
  }
  return bytes;
}

// ---- What is kept: saved pages, and the pages read last within the budget. The rest goes.

function keptPaths(records) {
  const kept = new Set(records.saved.filter((path) => records.pages[path]));
  let bytes = 0;
  const byRecency = Object.keys(records.pages).filter((path) => records.pages[path].read).sort((a, b) => records.pages[b].read - records.pages[a].read);
  for (const [index, path] of byRecency.slice(0, RECENT_PAGES).entries()) {
    bytes += records.pages[path].bytes || 0;
    // The page read last is always kept, whatever it takes.
    if (bytes > RECENT_BYTES && index > 0) break;
    kept.add(path);
  }
  return [...kept];
}

/** Forgets pages that are neither saved nor among the last read, and deletes every kept file
 *  no kept page needs. */
async function tidy(cache, records) {
  const kept = new Set(keptPaths(records));
  for (const path of Object.keys(records.pages)) if (!kept.has(path)) delete records.pages[path];
  const needed = new Set(SHELL_URLS);
  for (const path of kept) for (const file of records.pages[path].files || []) needed.add(file);
  for (const request of await cache.keys()) {
    if (!needed.has(request.url)) await cache.delete(request);
  }
}

// ---- Records (which pages are kept, their titles, when they were read), in a cache of their
// own so that they outlive versions.

async function readRecords() {
  const stored = await (await caches.open(RECORDS_CACHE)).match(RECORDS_URL);
  const records = stored ? await stored.json().catch(() => null) : null;
  const valid = records && typeof records.pages === "object" && Array.isArray(records.saved);
  return valid ? records : { saved: [], pages: {} };
}

async function writeRecords(records) {
  await (await caches.open(RECORDS_CACHE)).put(RECORDS_URL, new Response(JSON.stringify(records)));
}

// ---- Small helpers

/** Runs tasks one after another: records are read, changed and written by one task at a time. */
let queue = Promise.resolve();
function serially(task) {
  const result = queue.then(task);
  queue = result.catch(() => {});
  return result;
}

/** Runs `work` on each item, `width` at a time. */
async function inTurns(items, width, work) {
  const pending = [...items];
  const worker = async () => {
    while (pending.length) await work(pending.shift());
  };
  await Promise.all(Array.from({ length: Math.min(width, pending.length) }, worker));
}

function isSitePath(value) {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.includes("..");
}

/** Pages worth keeping: not the search page (its index is not kept) nor files. */
function keepable(path) {
  return path !== "/search" && !/\.[a-z0-9]+$/i.test(path);
}

/** The site path of a URL in scope (`/back-pain/sciatica`), or null. */
function sitePath(url) {
  if (url.origin !== SCOPE.origin || !(url.pathname + "/").startsWith(SCOPE.pathname)) return null;
  const path = "/" + url.pathname.slice(SCOPE.pathname.length).replace(/\/+$/, "");
  return keepable(path) ? path : null;
}

/** The address a page is kept under: the scope for "/", no trailing slash otherwise. */
function pageUrl(path) {
  return path === "/" ? SCOPE.href : new URL(path.slice(1), SCOPE).href;
}
