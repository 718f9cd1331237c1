import { writeFile } from "node:fs/promises";
import { launchChromium } from "../serve/chromium.js";
import { EMPTY_HEADER_TEMPLATE, reviewFooterTemplate } from "./pdf-footer.js";
import { reviewKey } from "../../src/components/review-key.js";
import { waitForRendered } from "../serve/page-rendered.js";

/** A4's printable width at 96 px per inch once the PDF's side margins (12 mm each) are taken: the charts are drawn at this width. */
export const PRINT_WIDTH_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);

/** The PDF's page margins: room at the bottom for the footer with the page numbers. */
export const PDF_MARGINS = { top: "14mm", right: "12mm", bottom: "18mm", left: "12mm" };

export interface PrintOptions {
  /** Base URL of the site served on 127.0.0.1. */
  url: string;
  year: number;
  /** The département reviewed, null for the region. */
  departement: string | null;
  exportsDate: string | null;
  out: string;
}

/** How many pages a PDF made by Chromium has (its page objects, which Skia writes uncompressed). */
export function pdfPageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * Prints `/bilan/<year>` (or `/bilan/<year>-<département>`) of the served site to an A4 PDF with headless Chromium, in French and offline (any request
 * off the site's origin is aborted), with the exports' date and page numbers in the footer. Resolves with the page count.
 */
export async function printReviewPdf({ url, year, departement, exportsDate, out }: PrintOptions): Promise<number> {
  const route = `bilan/${reviewKey(year, departement)}`;
  const browser = await launchChromium();
  try {
    const origin = new URL(url).origin;
    const context = await browser.newContext({
      locale: "fr-FR",
      timezoneId: "Europe/Paris",
      colorScheme: "light",
      viewport: { width: PRINT_WIDTH_PX, height: 1100 }
    });
    await context.route("**/*", (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient")));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => void errors.push(String(error)));
    // The print stylesheet applies from the start, so that the charts are drawn for the paper's layout.
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    const response = await page.goto(new URL(route, url).href, { waitUntil: "networkidle" });
    if (response?.status() !== 200) throw new Error(`/${route} : HTTP ${response?.status() ?? "sans réponse"}`);
    await waitForRendered(page);
    await page.evaluate(() => document.fonts.ready);
    // Charts drawn by resize() appear on the next frames.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const cellErrors = await page.$$eval(".observablehq--error", (nodes) => nodes.map((n) => n.textContent?.trim() ?? "erreur"));
    if (errors.length || cellErrors.length) throw new Error(`la page /${route} a des erreurs : ${[...errors, ...cellErrors].join(" ; ")}`);
    // The PDF's Title is the document's: the review's heading, without the site's name Framework appends.
    const title = (await page.evaluate(() => (document.title = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim() ?? document.title))).trim();
    // The footer line meant for a browser's own printing would repeat what the PDF's footer says.
    await page.addStyleTag({ content: ".review-print-footer { display: none !important; }" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: EMPTY_HEADER_TEMPLATE,
      footerTemplate: reviewFooterTemplate(title, exportsDate),
      margin: PDF_MARGINS,
      tagged: true,
      outline: true
    });
    await writeFile(out, pdf);
    return pdfPageCount(pdf);
  } finally {
    await browser.close();
  }
}
