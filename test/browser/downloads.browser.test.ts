// Every data table of the site offers its CSV and XLSX downloads, and they work in Chromium as a user would use
// them: a mouse click or the keyboard, nothing fetched from another host (exceljs comes from the site itself).
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../loaders/serve/chromium.js";
import { SITE_PAGES, sampleSite } from "./site.js";
import { waitForRendered } from "../../loaders/serve/page-rendered.js";

let browser: Browser | undefined;

beforeAll(async () => {
  sampleSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A page of the sample site, loaded and rendered, with every request and console error recorded (other hosts aborted). */
async function open(path: string, waitUntil: "load" | "networkidle" = "networkidle"): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
  const { url } = sampleSite();
  if (!browser) throw new Error("Chromium did not start");
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    requests.push(route.request().url());
    return new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  page.on("pageerror", (error) => void errors.push(String(error)));
  await page.goto(new URL(path, url).href, { waitUntil });
  await waitForRendered(page, 20_000);
  // The bars are placed once the cells have displayed their tables.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { context, page, requests, errors };
}

const offOrigin = (requests: readonly string[]) => requests.filter((u) => new URL(u).origin !== new URL(sampleSite().url).origin);

describe("download buttons", () => {
  it("sit before every data table of every page, as two labelled buttons", async () => {
    let tableCount = 0;
    const check = async (path: string): Promise<string[]> => {
      // "load" rather than "networkidle": the wait for Framework's cells below is what matters, and it saves time.
      const { context, page, errors } = await open(path, "load");
      const tables = await page.$$eval("table.data-table", (all) =>
        all
          .filter((t) => t.getAttribute("data-download") !== "off")
          .map((t) => {
            const box = t.parentElement;
            const anchor = box && box.childElementCount === 1 && /\btable-(scroll|wide)\b/.test(box.className) ? box : t;
            const bar = anchor.previousElementSibling;
            return {
              caption: (t as HTMLTableElement).caption?.textContent ?? "",
              bar: bar?.classList.contains("table-download") ? [...bar.querySelectorAll("button")].map((b) => `${b.type}:${b.textContent}`) : null
            };
          })
      );
      await context.close();
      const problems = tables.filter((t) => t.bar?.join("|") !== "button:Télécharger en CSV|button:Télécharger en XLSX (Excel)").map((t) => `${path} « ${t.caption} »: ${JSON.stringify(t.bar)}`);
      tableCount += tables.length;
      return [...problems, ...errors.map((e) => `${path}: console error ${e}`)];
    };
    // Three pages at a time: about three times faster than one after the other on two cores.
    const paths = SITE_PAGES.map((p) => p.path);
    const problems: string[] = [];
    for (let i = 0; i < paths.length; i += 3) problems.push(...(await Promise.all(paths.slice(i, i + 3).map(check))).flat());
    expect(problems).toEqual([]);
    expect(tableCount).toBeGreaterThan(20);
  });

  it("give a chart's data as a CSV that Excel-FR opens right (BOM, ;, decimal comma, CRLF)", async () => {
    const { context, page, errors } = await open("/budget");
    const figure = page.locator("figure.chart-figure").first();
    // Its data opens in a "Voir les données" section (open by default on this page).
    await figure.locator("details").evaluate((details) => ((details as HTMLDetailsElement).open = true));
    const [download] = await Promise.all([page.waitForEvent("download"), figure.getByRole("button", { name: "Télécharger en CSV" }).click()]);
    // Named after the page, the exports date and the caption.
    expect(download.suggestedFilename()).toMatch(/^budget_\d{4}-\d{2}-\d{2}_consommation-de-l-enveloppe-ins-pir-par-ligne\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [heading, ...lines] = bytes.toString("utf8").slice(1).split("\r\n");
    expect(heading).toMatch(/^Consommation de l’enveloppe INS’pir par ligne — exports au \d{4}-\d{2}-\d{2} — (sans filtre|filtres : .+)$/);
    expect(lines[0]).toBe("Ligne;Enveloppe;Engagé;Engagé / enveloppe (fraction de 0 à 1);Mandaté;Mandaté / enveloppe (fraction de 0 à 1);Reste à engager");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(1, -1).every((line) => line.split(";").length === 7 && /^[^;]+(;-?\d+(,\d+)?)+$/.test(line))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("give an XLSX with numeric cells from the keyboard, loading exceljs from the site only, and are not printed", async () => {
    const { context, page, requests, errors } = await open("/open-data");
    const bar = page.getByRole("group", { name: "Télécharger le tableau « Subventions publiées par dispositif »" });
    await bar.getByRole("button", { name: "Télécharger en XLSX (Excel)" }).focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/^open-data_\d{4}-\d{2}-\d{2}_subventions-publiees-par-dispositif\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/^Subventions publiées par dispositif — exports au /);
    expect(sheet.getRow(2).values).toEqual([undefined, "Dispositif", "Subventions publiées", "Montant voté"]);
    const total = sheet.getRow(sheet.rowCount);
    expect(total.getCell(1).value).toBe("Total");
    expect(typeof total.getCell(2).value).toBe("number");
    expect(typeof total.getCell(3).value).toBe("number");
    expect(total.getCell(3).numFmt).toBe('#,##0 "€"');
    expect(requests.some((u) => /\/_node\/exceljs@/.test(u))).toBe(true);
    expect(offOrigin(requests)).toEqual([]);
    expect(errors).toEqual([]);
    expect(await bar.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await bar.isVisible()).toBe(false);
    await context.close();
  });
});

describe("the open-data page", () => {
  it("links to the SCDL subventions CSV, served from the site", async () => {
    const { context, page, requests } = await open("/open-data");
    const link = page.getByRole("link", { name: "Télécharger subventions.csv" });
    expect(await link.getAttribute("download")).toBe("subventions.csv");
    const response = await page.request.get(new URL((await link.getAttribute("href"))!, page.url()).href);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text.startsWith("nomAttribuant,idAttribuant,dateConvention,referenceDecision,")).toBe(true);
    expect(text.split("\r\n").length).toBeGreaterThan(100);
    expect(offOrigin(requests)).toEqual([]);
    await context.close();
  });
});
