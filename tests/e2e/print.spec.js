// Printing an article gives a clean handout: the title, key points, text, sources, byline,
// review dates and disclaimer; no navigation, carousel or controls; link targets written out.
// The PDF Chromium prints is rendered page by page to images, attached to the test's output.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { openItem } from "./helpers.js";

test("an article prints as a handout", async ({ page, isMobile }, info) => {
  test.skip(isMobile, "printing is the same from any screen; once is enough");
  await openItem(page, "/back-pain/low-back-pain");
  const pdf = info.outputPath("handout.pdf");
  await page.pdf({ path: pdf, format: "A4" });
  // The text, with lines joined again (a long address may break after a hyphen).
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/-\n\s*/g, "-").replace(/\s+/g, " ");
  for (const part of ["Brightwell Health", "Low Back Pain", "Key points", "Looking after yourself", "Get urgent medical help if",
    "Sources", "Written by", "Page last reviewed", "Next review due", "Medical disclaimer"]) {
    expect(text, part).toContain(part);
  }
  // Where links go, written out: our pages by path, sources by address.
  expect(text).toContain("(/back-pain/sciatica)");
  expect(text).toContain("(https://www.nice.org.uk/guidance/ng59)");
  for (const control of ["Menu", "Text size", "Save article", "Today on", "Related information", "Recommended", "Display options"]) {
    expect(text, control).not.toContain(control);
  }
  const pages = execFileSync("pdfinfo", [pdf], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1];
  expect(Number(pages), "a short handout").toBeLessThanOrEqual(4);
  execFileSync("pdftoppm", ["-r", "50", "-png", pdf, info.outputPath("page")]);
  const images = readdirSync(info.outputDir).filter((name) => /^page-\d+\.png$/.test(name)).sort();
  expect(images.length).toBe(Number(pages));
  for (const image of images) await info.attach(image, { body: readFileSync(join(info.outputDir, image)), contentType: "image/png" });
});
