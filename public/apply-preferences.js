// Applies the reader's stored text size, line spacing and theme to <html> before the
// pre-rendered page is first painted, so a reader who chose 175 % never sees the page jump.
// The content step writes it inline in every page's <head>, so it costs no request of its own
// before the first paint; the Content-Security-Policy allows it by its sha256 hash, and
// package-app drops these comments and the indentation first. It mirrors
// src/preferences/reading.rs and text_size.rs (same keys, steps and defaults); once the app
// has started, the Rust code applies the same values again and owns them from then on.
(function () {
  var STEPS = [100, 112, 125, 150, 175, 200];
  var root = document.documentElement;
  function read(key) {
    try {
      return window.localStorage.getItem("health-center." + key);
    } catch (blocked) {
      // Storage blocked: the defaults in the stylesheet apply.
      return null;
    }
  }
  var size = parseFloat(String(read("text-size") || "").replace("%", ""));
  if (isFinite(size)) {
    var nearest = STEPS.reduce(function (best, step) {
      return Math.abs(step - size) < Math.abs(best - size) ? step : best;
    }, STEPS[0]);
    root.setAttribute("data-text-size", String(nearest));
  }
  if ((read("spacing") || "").trim() === "wide") root.setAttribute("data-spacing", "wide");
  var theme = (read("theme") || "").trim();
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
})();
