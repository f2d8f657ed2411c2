// Starts the app once the page has been painted: nothing of the app is requested before the
// first paint, so on a slow phone the text appears as soon as a page without any script would.
// The page lists the app's files in <template id="hc-app"> in its <head> (the site build
// writes it: the bootstrap module, the glue and chunk loader as module preloads with their
// integrity values, the wasm and the page's chunks as fetch preloads); a template's content
// is inert, so the browser fetches none of them while it reads the page. At the first
// contentful paint they are copied into <head> (importNode: the copies are live, and the
// script runs), all at once, so they download side by side. The first paint is known from
// the browser's paint timing, not from a frame callback: a frame can run before its paint is
// on screen, and what is requested then still competes with the paint (Lighthouse's
// simulation counts it too). The files are added in the observer's own callback: one task
// more can wait behind others on a slow phone.
// Where paint timing is missing, or reports nothing (a page opened in a background tab is
// not timed), the files are added after the first frame once the page has loaded.
// Inline in <head> with the preference script, so it costs no request of its own.
(function () {
  var started = false;
  function start() {
    var files = document.getElementById("hc-app");
    if (started || !files) return;
    started = true;
    document.head.appendChild(document.importNode(files.content, true));
  }
  function afterFrame() {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  }
  var timed = false;
  try {
    timed = PerformanceObserver.supportedEntryTypes.indexOf("paint") >= 0;
    if (timed) new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName("first-contentful-paint").length) return;
      observer.disconnect();
      start();
    }).observe({ type: "paint", buffered: true });
  } catch (unsupported) {
    timed = false;
  }
  if (timed) window.addEventListener("load", function () {
    setTimeout(afterFrame, 1000);
  });
  else document.addEventListener("DOMContentLoaded", afterFrame);
})();
