// Checks the built site as a user would, offline: fails if a file of dist/ names another host, then serves
// dist/ on 127.0.0.1, loads every page in headless Chromium (light, dark and phone width), and fails if a request
// leaves 127.0.0.1, the console shows an error, a self-hosted font is not used, or axe-core finds a WCAG A/AA
// violation. Screenshots and a JSON report go to test/output/ (git-ignored).
//
//   npm run build && npx tsx test/site/browser-check.ts [page…]      (CHROMIUM=/path/to/chromium to override)
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Browser, BrowserContextOptions } from "playwright-core";
import { thirdPartyUrls } from "./dist-scan.js";
import { launchChromium } from "../../loaders/serve/chromium.js";
import { serveSite } from "../../loaders/serve/static-server.js";
import { waitForRendered } from "../../loaders/serve/page-rendered.js";

const OUTPUT = resolve("test/output");

/** The ways each page is looked at: name of the screenshot suffix and browser context. */
const VIEWS: readonly { name: string; context: BrowserContextOptions }[] = [
  { name: "light", context: { colorScheme: "light", viewport: { width: 1280, height: 900 } } },
  { name: "dark", context: { colorScheme: "dark", viewport: { width: 1280, height: 900 } } },
  { name: "phone", context: { colorScheme: "light", viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 } },
];

interface PageReport {
  page: string;
  view: string;
  screenshot: string;
  offsiteRequests: string[];
  failedRequests: string[];
  consoleErrors: string[];
  lang: string;
  fonts: { family: string; weight: string; status: string }[];
  axeViolations: { id: string; impact: string | null; help: string; nodes: string[] }[];
}

async function checkPage(browser: Browser, base: string, pagePath: string, view: (typeof VIEWS)[number], axeSource: string): Promise<PageReport> {
  const context = await browser.newContext(view.context);
  const offsiteRequests: string[] = [];
  const failedRequests: string[] = [];
  const consoleErrors: string[] = [];
  // Anything not served by our loopback server is recorded and never sent.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("data:")) return route.continue();
    offsiteRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (message) => void (message.type() === "error" && consoleErrors.push(message.text())));
  page.on("pageerror", (error) => void consoleErrors.push(String(error)));
  page.on("requestfailed", (request) => void failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => void (response.status() >= 400 && failedRequests.push(`${response.url()} (${response.status()})`)));

  await page.goto(new URL(pagePath, base).href, { waitUntil: "networkidle" });
  // Framework renders cells asynchronously: wait until no loading placeholder remains, then for the fonts.
  await waitForRendered(page, 15_000);
  await page.evaluate(() => document.fonts.ready);
  const lang = await page.evaluate(() => document.documentElement.lang);
  const fonts = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family, weight: f.weight, status: f.status })));

  await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });

  const name = `${pagePath.replace(/^\/$/, "index").replace(/^\//, "").replaceAll("/", "-")}-${view.name}.png`;
  const screenshot = resolve(OUTPUT, name);
  await page.screenshot({ path: screenshot, fullPage: true });
  await context.close();
  return { page: pagePath, view: view.name, screenshot, offsiteRequests, failedRequests, consoleErrors, lang, fonts, axeViolations: axe };
}

/** Problems of a report, in words; empty when the page passed. */
function problems(report: PageReport): string[] {
  const list: string[] = [];
  for (const url of report.offsiteRequests) list.push(`off-site request: ${url}`);
  for (const failure of report.failedRequests) list.push(`failed request: ${failure}`);
  for (const error of report.consoleErrors) list.push(`console error: ${error}`);
  if (report.lang !== "fr") list.push(`<html lang> is "${report.lang}"`);
  for (const font of report.fonts.filter((f) => f.status === "error")) list.push(`font failed: ${font.family} ${font.weight}`);
  if (!report.fonts.some((f) => f.family.replaceAll('"', "") === "Inter" && f.status === "loaded")) list.push("Inter was not loaded");
  for (const v of report.axeViolations) list.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).join(", ")}`);
  return list;
}

async function main(): Promise<void> {
  const pages = process.argv.slice(2).length ? process.argv.slice(2) : ["/"];
  const offsite = thirdPartyUrls(resolve("dist"));
  console.log(`${offsite.length ? "FAIL" : "ok  "} dist/ names no other host`);
  for (const { file, url } of offsite) console.log(`     ${file}: ${url}`);
  const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await mkdir(OUTPUT, { recursive: true });
  const { server, url } = await serveSite(resolve("dist"));
  const browser = await launchChromium();
  const reports: PageReport[] = [];
  try {
    for (const pagePath of pages) for (const view of VIEWS) reports.push(await checkPage(browser, url, pagePath, view, axeSource));
  } finally {
    await browser.close();
    server.close();
  }
  await writeFile(resolve(OUTPUT, "browser-check.json"), JSON.stringify(reports, null, 2));
  let failed = offsite.length > 0;
  for (const report of reports) {
    const list = problems(report);
    failed ||= list.length > 0;
    console.log(`${list.length ? "FAIL" : "ok  "} ${report.page} (${report.view}) → ${report.screenshot}`);
    for (const problem of list) console.log(`     ${problem}`);
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
