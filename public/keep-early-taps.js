// Keeps the taps a reader makes on the app's buttons before the app has started, so none is
// lost: the page is painted (and its buttons shown) before the wasm has arrived, which on a
// slow phone is more than a second. Each tapped button shows that it is getting ready
// (data-early-tap, styled in style/base.css) and is kept once, however often it is tapped;
// the bootstrap clicks each kept button again, in order, once the app has hydrated
// (button.click(): hydration keeps the same elements). Links, the header's search form and
// the <details> menus work without the app and are left alone: only type="button" is kept.
// Inline in <head> with the preference script, so it listens from the first paint.
(function () {
  var kept = (window.__hcEarlyTaps = []);
  document.addEventListener("click", function (event) {
    if (document.documentElement.getAttribute("data-app") === "started") return;
    var button = event.target instanceof Element ? event.target.closest("button[type=button]") : null;
    if (!button || kept.indexOf(button) >= 0) return;
    kept.push(button);
    button.setAttribute("data-early-tap", "");
  }, true);
})();
