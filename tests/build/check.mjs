// A tiny test reporter for the build tests: one line per check, then "N passed, N failed"
// (the closing line CI reads), and a failing exit code if any check failed.
let passed = 0;
let failed = 0;

/** Records one check; `detail` is printed when it fails. */
export function check(name, ok, detail = "") {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? "  ok  " : "  FAIL"} ${name}${ok || !detail ? "" : `\n        ${detail}`}`);
}

/** Prints the closing line and ends the process with the right status. */
export function finish(label) {
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
