// The error collector every page of the cross-engine journeys gets before its own scripts run
// (a WebDriver BiDi preload script in Chromium and Firefox, a user script in the WebKit window):
// uncaught exceptions, unhandled rejections, failed loads of scripts, styles and pictures,
// Content-Security-Policy violations and console.error, kept in sessionStorage so that they
// survive the navigations of a journey. One function expression, called by the injector.
() => {
  const KEY = "hc-engine-errors";
  const record = (kind, text) => {
    try {
      const kept = JSON.parse(sessionStorage.getItem(KEY) || "[]");
      kept.push(`${kind} on ${location.pathname}: ${text}`);
      sessionStorage.setItem(KEY, JSON.stringify(kept));
    } catch {
      (window.__hcEngineErrors ||= []).push(`${kind} on ${location.pathname}: ${text}`);
    }
  };
  addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target && target !== window && (target.src || target.href)) {
        record("failed to load", `<${target.tagName.toLowerCase()}> ${target.src || target.href}`);
      } else {
        record("uncaught exception", `${event.message} (${event.filename}:${event.lineno})`);
      }
    },
    true,
  );
  addEventListener("unhandledrejection", (event) => record("unhandled rejection", String(event.reason?.stack || event.reason)));
  addEventListener("securitypolicyviolation", (event) => record("CSP violation", `${event.violatedDirective} blocked ${event.blockedURI}`));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    record("console.error", args.map((arg) => (arg instanceof Error ? arg.stack || arg.message : String(arg))).join(" "));
    consoleError(...args);
  };
};
