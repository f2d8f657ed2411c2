// Tables in articles: a caption and header scopes; on a narrow column (a phone, or large text)
// each row is a card with its column labels, so the page never scrolls sideways; the same
// table without JavaScript and after client navigation; axe; and on paper a plain table.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, horizontalOverflow, navigateToItem, openItem, watchConsole } from "./helpers.js";

const PAIN = "/back-pain/pain-relievers-for-back-pain";
const SLEEP = "/sleep/how-much-sleep-do-you-need";
const CAPTION = "Over-the-counter pain relievers for back pain";

/** What a table says to the accessibility tree and to the eye, for comparing renderings. */
function describeTable(page, caption) {
  return page.getByRole("table", { name: caption }).evaluate((table) => ({
    caption: table.caption.textContent,
    columns: [...table.tHead.rows[0].cells].map((cell) => `${cell.scope}:${cell.textContent}`),
    rows: [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => `${cell.localName}${cell.scope ? `[${cell.scope}]` : ""}`).join(" ")),
    text: table.tBodies[0].innerText.replace(/\s+/g, " ").trim(),
  }));
}

/** Whether the table is laid out as cards (rows displayed as blocks), not as a grid. */
const stacked = (page, caption) => page.getByRole("table", { name: caption }).evaluate((table) => getComputedStyle(table.tBodies[0].rows[0]).display === "block");

test("the pain relievers table has its caption, column and row headers and linked text", async ({ page }) => {
  const console = watchConsole(page);
  await openItem(page, PAIN);
  const table = page.getByRole("table", { name: CAPTION });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Medicine", "How it may help", "Check with a pharmacist or doctor first if you"]);
  await expect(table.getByRole("rowheader")).toHaveText(["NSAID tablets, such as ibuprofen or naproxen", "Acetaminophen (paracetamol)", "NSAID creams and gels"]);
  const described = await describeTable(page, CAPTION);
  expect(described.columns).toEqual(["col:Medicine", "col:How it may help", "col:Check with a pharmacist or doctor first if you"]);
  expect(described.rows).toEqual(["th[row] td td", "th[row] td td", "th[row] td td"]);
  // The sleep table: the first column names the age groups.
  await openItem(page, SLEEP);
  await expect(page.getByRole("table", { name: "Recommended hours of sleep by age" }).getByRole("rowheader")).toHaveCount(6);
  console.check();
});

test("a phone shows cards with column labels; a wide screen shows a plain table", async ({ page, isMobile }) => {
  await openItem(page, PAIN);
  expect(await stacked(page, CAPTION)).toBe(isMobile);
  const label = page.getByRole("table", { name: CAPTION }).locator(".table__label").first();
  // The label is for the eye only: screen readers announce the column header from the table.
  await expect(label).toHaveAttribute("aria-hidden", "true");
  if (isMobile) await expect(label).toBeVisible();
  else await expect(label).toBeHidden();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test("as cards on a phone the table keeps its semantics for screen readers, without ARIA roles", async ({ page, isMobile }) => {
  await openItem(page, PAIN);
  expect(await stacked(page, CAPTION)).toBe(isMobile);
  // The HTML standard forbids roles on table elements; the browser's own tree must still
  // say table, rows, headers and cells once the rows are displayed as blocks.
  const roles = await page.getByRole("table", { name: CAPTION }).evaluate((table) => table.querySelectorAll("[role]").length);
  expect(roles).toBe(0);
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send("Accessibility.getFullAXTree");
  const count = (role) => nodes.filter((node) => !node.ignored && node.role?.value === role).length;
  expect(count("table")).toBe(1);
  expect(count("row")).toBe(1 + 3);
  expect(count("columnheader")).toBe(3);
  expect(count("rowheader")).toBe(3);
  expect(count("cell")).toBe(3 * 2);
});

for (const [width, height] of [[320, 640], [390, 844], [1280, 800]]) {
  test(`at 200% text on ${width} px the page never scrolls sideways and the cells are readable`, async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("health-center.text-size", "200"));
    await page.setViewportSize({ width, height });
    for (const [path, caption] of [[PAIN, CAPTION], [SLEEP, "Recommended hours of sleep by age"]]) {
      await openItem(page, path);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
      // Large text on a phone turns rows into cards rather than shrinking or clipping them.
      if (width < 1280) expect(await stacked(page, caption), path).toBe(true);
      const clipped = await page.getByRole("table", { name: caption }).evaluate((table) =>
        [...table.tBodies[0].querySelectorAll("th, td")].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length);
      expect(clipped, `${path}: no cell cut off`).toBe(0);
      const fontSize = await page.getByRole("table", { name: caption }).locator("td").first().evaluate((cell) => parseFloat(getComputedStyle(cell).fontSize));
      expect(fontSize, "text is not shrunk to fit").toBeGreaterThanOrEqual(30);
    }
  });
}

test("nothing in a table scrolls, so the keyboard needs no extra stop; axe finds no violations", async ({ page }) => {
  for (const path of [PAIN, SLEEP]) {
    await openItem(page, path);
    // Cards on a narrow column, wrapping cells on a wide one: no part of the table scrolls on
    // its own, which is why it is not a focusable scroll region.
    const scrolls = await page.locator(".table").evaluateAll((wrappers) =>
      wrappers.filter((wrapper) => wrapper.scrollWidth > wrapper.clientWidth || wrapper.tabIndex >= 0).length);
    expect(scrolls, path).toBe(0);
    await expectNoAxeViolations(page);
  }
});

test("the table after client navigation is the one the page was built with", async ({ page }) => {
  await page.goto(PAIN);
  const built = await describeTable(page, CAPTION);
  await navigateToItem(page, "/back-pain", "Pain Relievers for Back Pain");
  await expect(page.getByRole("table", { name: CAPTION })).toBeVisible();
  expect(await describeTable(page, CAPTION)).toEqual(built);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the pre-rendered table is the same table, laid out for the screen", async ({ page, isMobile, browser }) => {
    await page.goto(PAIN);
    const withoutScript = await describeTable(page, CAPTION);
    expect(withoutScript.rows).toEqual(["th[row] td td", "th[row] td td", "th[row] td td"]);
    expect(await stacked(page, CAPTION)).toBe(isMobile);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The test's options (JavaScript off) would apply to this context too: turn it back on.
    const context = await browser.newContext({ viewport: page.viewportSize(), serviceWorkers: "block", javaScriptEnabled: true });
    const scripted = await context.newPage();
    await openItem(scripted, PAIN);
    expect(await describeTable(scripted, CAPTION)).toEqual(withoutScript);
    await context.close();
  });
});

test("on paper the table is a plain table with every column", async ({ page, isMobile }, info) => {
  test.skip(isMobile, "printing is the same from any screen; once is enough");
  await openItem(page, PAIN);
  await page.emulateMedia({ media: "print" });
  expect(await stacked(page, CAPTION)).toBe(false);
  const headerGroup = await page.locator(".table thead").evaluate((head) => getComputedStyle(head).display);
  expect(headerGroup, "the header row repeats on each printed page").toBe("table-header-group");
  const pdf = info.outputPath("pain-relievers.pdf");
  await page.pdf({ path: pdf, format: "A4" });
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(CAPTION);
  // Single words, as cells wrap within their columns: every column printed, none cut off.
  for (const word of ["Medicine", "pharmacist", "Acetaminophen", "creams", "inflammation", "thinner", "allergic"]) expect(text, word).toContain(word);
});
