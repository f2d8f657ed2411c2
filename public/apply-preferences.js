// Applies the reader's stored text size, line spacing and theme to <html> before the
// pre-rendered page is first painted, so a reader who chose 175 % never sees the page jump.
// The site build writes it inline in every page's <head>, so it costs no request of its own
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
  }
  var wide = (read("spacing") || "").trim() === "wide";
  if (wide) root.setAttribute("data-spacing", "wide");
  var theme = (read("theme") || "").trim();
  if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  else theme = "";
  // The reading controls are rendered for the defaults: until the app starts they show the
  // stored choices, so that A- is not disabled at 200 % (a tap on a disabled button is lost),
  // the status says what the reader sees, and a tap on "Line spacing" means what it shows.
  // The same attributes the app sets (hydration keeps these nodes; the app then sets the same).
  var at = STEPS.indexOf(Number(root.getAttribute("data-text-size")));
  if (at > 0 || wide || theme) document.addEventListener("DOMContentLoaded", function () {
    var status = document.querySelector(".reading-controls__status");
    var steps = document.querySelectorAll(".reading-controls__group button");
    if (at > 0 && status && status.firstChild && steps.length >= 2) {
      status.firstChild.nodeValue = "Text size: " + STEPS[at] + "%";
      steps[0].removeAttribute("disabled");
      if (at === STEPS.length - 1) steps[1].setAttribute("disabled", "");
    }
    var spacing = document.querySelector(".reading-controls__panel button[aria-pressed]");
    if (wide && spacing) spacing.setAttribute("aria-pressed", "true");
    var options = document.querySelectorAll("#theme-choice option");
    for (var i = 0; theme && i < options.length; i++) {
      if (options[i].value === theme) options[i].setAttribute("selected", "");
      else options[i].removeAttribute("selected");
    }
  });
})();
