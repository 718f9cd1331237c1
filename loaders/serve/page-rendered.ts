import type { Page } from "playwright-core";

/**
 * Waits until Framework has rendered the page: no loading placeholder left and every title of the main column written
 * (a title made of an inline expression, as on the reviews, is empty until its cell has run).
 */
export async function waitForRendered(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    () => document.querySelectorAll("observablehq-loading").length === 0 && [...document.querySelectorAll("#observablehq-main h1")].every((h) => h.textContent?.trim()),
    null,
    { timeout: timeoutMs }
  );
}
