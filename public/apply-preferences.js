// Applies the reader's stored text size, line spacing and theme to <html> before the
// pre-rendered page is first painted, so a reader who chose 175 % never sees the page jump.
// The content step writes it inline in every page's <head>, so it costs no request of its own
// before the first paint; the Content-Security-Policy allows it by its sha256 hash, and
// package-app drops these comments and the indentation first. It mirrors
// src/preferences/reading.rs and text_size.rs (same keys, steps and defaults) and the panel of
// src/components/reading_controls.rs (its first two buttons, its status); once the app
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
    // The text-size panel is rendered at 100 %: until the app starts it shows the stored size,
    // so that A- is not disabled at 200 % (a tap on a disabled button is lost) and the status
    // says what the reader sees. Hydration keeps these nodes; the app then sets the same.
    var at = STEPS.indexOf(nearest);
    if (at > 0) document.addEventListener("DOMContentLoaded", function () {
      var status = document.querySelector(".reading-controls__status");
      var steps = document.querySelectorAll(".reading-controls__group button");
      if (!status || !status.firstChild || steps.length < 2) return;
      status.firstChild.nodeValue = "Text size: " + nearest + "%";
      steps[0].disabled = false;
      steps[1].disabled = at === STEPS.length - 1;
    });
  }
  if ((read("spacing") || "").trim() === "wide") root.setAttribute("data-spacing", "wide");
  var theme = (read("theme") || "").trim();
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
})();
