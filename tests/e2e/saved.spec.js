// Saving articles: a toggle with aria-pressed, kept in localStorage, listed on /saved.
import { expect, test } from "@playwright/test";
import { openItem, openPage, showSiteMenu, watchConsole } from "./helpers.js";

test("saving an article toggles aria-pressed, survives reload and is listed on /saved", async ({ page }) => {
  await openItem(page, "/back-pain/sciatica");
  const save = page.getByRole("button", { name: "Save article" });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => localStorage.getItem("health-center.saved"))).toBe('["/back-pain/sciatica"]');

  await page.reload();
  await expect(page.getByRole("button", { name: "Save article" })).toHaveAttribute("aria-pressed", "true");

  await showSiteMenu(page);
  await page.getByRole("link", { name: "Saved", exact: true }).click();
  await expect(page.locator("main h1")).toHaveText("Saved");
  await page.getByRole("link", { name: "Sciatica" }).click();
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  await page.getByRole("button", { name: "Save article" }).click();
  await page.goto("/saved");
  await expect(page.getByText("You have not saved anything yet")).toBeVisible();
});

test("a slideshow can be saved too", async ({ page }) => {
  await openItem(page, "/sleep/sleep-myths");
  await page.getByRole("button", { name: "Save slideshow" }).click();
  await page.goto("/saved");
  await expect(page.getByRole("link", { name: "Sleep Myths" })).toBeVisible();
});

test("with storage blocked, saving still works for the session and nothing crashes", async ({ page }) => {
  const console = watchConsole(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
  });
  await openItem(page, "/back-pain/sciatica");
  const save = page.getByRole("button", { name: "Save article" });
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await showSiteMenu(page);
  await page.getByRole("link", { name: "Saved", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sciatica" })).toBeVisible();
  console.check();
});

test("a corrupt stored list falls back to an empty one", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("health-center.saved", "{not json"));
  await openPage(page, "/saved");
  await expect(page.getByText("You have not saved anything yet")).toBeVisible();
});

test("each saved card comes from its item's data file; one gone from the site can be removed", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("health-center.saved", JSON.stringify(["/back-pain/sciatica", "/back-pain/gone-away"]));
      sessionStorage.setItem("seeded", "1");
    }
  });
  await openPage(page, "/saved");
  await expect(page.getByRole("link", { name: "Sciatica" })).toBeVisible();
  const gone = page.locator(".card--note").filter({ hasText: "no longer on this site" });
  await expect(gone).toBeVisible();
  await gone.getByRole("button", { name: "Remove it" }).click();
  await expect(gone).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("health-center.saved"))).toBe('["/back-pain/sciatica"]');
});

test("a saved card whose data cannot be fetched offers Try again", async ({ page }) => {
  let block = true;
  await page.route("**/content/back-pain/sciatica.json", (route) => (block ? route.abort("internetdisconnected") : route.continue()));
  await page.addInitScript(() => localStorage.setItem("health-center.saved", '["/back-pain/sciatica"]'));
  await openPage(page, "/saved");
  const failed = page.getByRole("alert").filter({ hasText: "could not be loaded" });
  await expect(failed).toBeVisible();
  block = false;
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("link", { name: "Sciatica" })).toBeVisible();
});
