import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { waitForRendered } from "../../loaders/serve/page-rendered.js";

/** The colour schemes every page is checked in: Framework's "air" (light) and "near-midnight" (dark) themes. */
export const COLOR_SCHEMES = ["light", "dark"] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/** axe-core's browser build, injected into each page. */
export const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The WCAG 2.1 A and AA rules of axe-core, and its best practices (landmarks, headings, skip links). */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  nodes: string[];
}

/** What loading one page in one colour scheme showed. */
export interface PageAudit {
  path: string;
  scheme: ColorScheme;
  status: number | null;
  h1: string | null;
  /** Every URL the page requested (those off 127.0.0.1 were aborted, never sent). */
  requests: string[];
  failedRequests: string[];
  consoleErrors: string[];
  /** Cells Framework rendered as errors, or left loading. */
  cellErrors: string[];
  axeViolations: AxeViolation[];
  /** Every link of the page's main content, as absolute URLs. */
  links: string[];
  screenshot: string;
}

/** The screenshot file of a page: `index-light.png`, `tiers-lieux-dark.png`. */
export function screenshotName(path: string, scheme: ColorScheme): string {
  const slug = path.replace(/^\/$/, "/index").replace(/^\//, "").replace(/\/$/, "").replaceAll("/", "-");
  return `${slug}-${scheme}.png`;
}

/**
 * Loads `path` of the site served at `base` in a fresh 1280-pixel-wide context of `scheme`, records every request,
 * console error and failed cell, runs axe-core's WCAG 2.1 A/AA rules, and saves a full-page screenshot in `screenshotDir`.
 */
export async function auditPage(browser: Browser, base: string, path: string, scheme: ColorScheme, screenshotDir: string): Promise<PageAudit> {
  const origin = new URL(base).origin;
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const failedRequests: string[] = [];
  const consoleErrors: string[] = [];
  // Recorded before anything is sent; only our own server is reached, so a page that calls out fails without network.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    return new URL(url).origin === origin ? route.continue() : route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => void (message.type() === "error" && consoleErrors.push(message.text())));
  page.on("pageerror", (error) => void consoleErrors.push(String(error)));
  page.on("requestfailed", (request) => void failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? "failed"})`));
  page.on("response", (response) => void (response.status() >= 400 && failedRequests.push(`${response.url()} (HTTP ${response.status()})`)));
  try {
    const response = await page.goto(new URL(path, base).href, { waitUntil: "networkidle" });
    const cellErrors: string[] = [];
    // Framework renders cells asynchronously.
    await waitForRendered(page).catch(() => cellErrors.push("cells still loading after 30 s"));
    await page.evaluate(() => document.fonts.ready);
    // Charts drawn by resize() appear on the next frames.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // Checked again just before axe runs: a page seen settled once on a loaded machine was audited half-drawn.
    await waitForRendered(page, 10_000).catch(() => cellErrors.push("cells loading again before the audit"));
    cellErrors.push(...(await page.$$eval(".observablehq--error", (errors) => errors.map((e) => e.textContent?.trim() ?? "error"))));
    const h1 = await page.$eval("#observablehq-main h1", (h) => h.textContent?.trim() ?? "").catch(() => null);

    await page.addScriptTag({ path: AXE_PATH });
    const axeViolations = await page.evaluate(async (tags) => {
      type Result = { violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
      const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
    }, AXE_TAGS);

    const links = await page.$$eval("#observablehq-main a[href]", (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    const screenshot = join(screenshotDir, screenshotName(path, scheme));
    await page.screenshot({ path: screenshot, fullPage: true });
    return { path, scheme, status: response?.status() ?? null, h1, requests, failedRequests, consoleErrors, cellErrors, axeViolations, links, screenshot };
  } finally {
    await context.close();
  }
}

/** What is wrong with a page, one line each; empty when it passed. */
export function auditProblems(audit: PageAudit, base: string): string[] {
  const origin = new URL(base).origin;
  const problems: string[] = [];
  if (audit.status !== 200) problems.push(`HTTP status ${audit.status ?? "none"}`);
  if (!audit.h1) problems.push("no h1 in the page");
  for (const url of audit.requests) if (new URL(url).origin !== origin) problems.push(`request off 127.0.0.1: ${url}`);
  for (const failure of audit.failedRequests) if (!failure.includes("ERR_BLOCKED_BY_CLIENT")) problems.push(`failed request: ${failure}`);
  for (const error of audit.consoleErrors) problems.push(`console error: ${error}`);
  for (const error of audit.cellErrors) problems.push(`cell error: ${error}`);
  // Every finding fails the page, whatever its impact: the site has none left.
  for (const v of audit.axeViolations) {
    problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).join(" | ")}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5})` : ""}`);
  }
  return problems;
}
