// The dossier explorer in Chromium, on the sample: a search, a filter kept in the address, and the counts of the other
// pages leading to it with the same number of dossiers.
import { dsvFormat } from "d3-dsv";
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../loaders/serve/chromium.js";
import { sampleSite } from "./site.js";
import { waitForRendered } from "../../loaders/serve/page-rendered.js";

let browser: Browser | undefined;

beforeAll(async () => {
  sampleSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A page of the sample site once Framework has rendered every cell; console errors are collected in `errors`. */
async function open(path: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  if (!browser) throw new Error("Chromium did not start");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("pageerror", (e) => void errors.push(String(e)));
  await page.goto(new URL(path, sampleSite().url).href, { waitUntil: "networkidle" });
  await settled(page);
  return { page, errors, close: () => context.close() };
}

async function settled(page: Page): Promise<void> {
  await waitForRendered(page, 20_000);
}

/** The explorer's count of dossiers once it answers for the address `search` (its attribute, set with the list). */
async function countFor(page: Page, search: string): Promise<number> {
  // The list carries the address it answers: an older list still on screen is not taken for the new one.
  await page.waitForFunction((s) => location.search === s && document.querySelector(".explorer-result")?.getAttribute("data-search") === s, search, { timeout: 20_000 });
  await page.waitForFunction(() => !document.querySelector(".explorer-status")?.textContent);
  return Number(await page.getAttribute(".explorer-result", "data-count"));
}

describe("dossier explorer", () => {
  it("finds a dossier by a word of its organisation, accents and case aside, and opens its detail", async () => {
    const { page, errors, close } = await open("/dossiers");
    try {
      const all = Number(await page.getAttribute(".explorer-result", "data-count"));
      expect(all).toBeGreaterThan(100);
      await page.fill("input[name=q]", "CŒUR de flandre");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "CŒUR de flandre");
      const found = await countFor(page, `?q=C%C5%92UR+de+flandre`);
      expect(found).toBeGreaterThan(0);
      expect(found).toBeLessThan(all);
      // Each dossier found has every word of the search in its number, organisation, commune or EPCI, accents aside.
      const plain = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe").toLowerCase();
      const rows = await page.$$eval(".explorer-table tbody tr", (trs) => trs.map((tr) => tr.textContent ?? ""));
      expect(rows.filter((text) => !["coeur", "de", "flandre"].every((w) => plain(text).includes(w)))).toEqual([]);
      const organisations = await page.$$eval(".explorer-table tbody tr td:nth-child(3)", (cells) => cells.map((c) => c.textContent));
      expect(organisations).toContain("Cœur de Flandre Numérique");
      const first = await page.$eval(".explorer-table tbody a", (a) => a.textContent!);
      await page.click(".explorer-table tbody a");
      await page.waitForSelector(".explorer-detail h2");
      expect(await page.textContent(".explorer-detail h2")).toContain(first);
      expect(new URL(page.url()).searchParams.get("dossier")).toBe(first);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("keeps a filter in the address: a reload and the back button give the same list", async () => {
    const { page, close } = await open("/dossiers");
    try {
      await page.selectOption("select[name=departement]", "02");
      const aisne = await countFor(page, "?departement=02");
      await page.selectOption("select[name=annee]", "2018");
      const aisne2018 = await countFor(page, "?departement=02&annee=2018");
      expect(aisne2018).toBeLessThan(aisne);
      await page.reload({ waitUntil: "networkidle" });
      await settled(page);
      expect(await countFor(page, "?departement=02&annee=2018")).toBe(aisne2018);
      expect(await page.inputValue("select[name=annee]")).toBe("2018");
      await page.goBack();
      expect(await countFor(page, "?departement=02")).toBe(aisne);
      expect(await page.inputValue("select[name=annee]")).toBe("");
      // The sidebar's links carry the filters every page shares.
      expect(await page.getAttribute("#observablehq-sidebar a[href*='budget']", "href")).toContain("departement=02");
    } finally {
      await close();
    }
  });

  it("never offers a year after the exports date", async () => {
    const { page, close } = await open("/dossiers");
    try {
      const years = await page.$$eval("select[name=annee] option", (o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean).map(Number));
      const exportsYear = Number((await page.textContent(".lead"))!.match(/(\d{4})\. L’adresse/)![1]);
      expect(years.length).toBeGreaterThan(0);
      expect(Math.max(...years)).toBeLessThanOrEqual(exportsYear);
    } finally {
      await close();
    }
  });
});

describe("the filter bar of the other pages", () => {
  it("is one bar per page that never offers a year after the exports date", async () => {
    for (const path of ["/budget", "/idees", "/politique-ville", "/territoires", "/innovation-sociale"]) {
      const { page, errors, close } = await open(path);
      try {
        expect(await page.locator("form.filter-bar[role=search]").count(), path).toBe(1);
        const exportsYear = Number((await page.getAttribute("meta[name=inspir-exports-date]", "content"))!.slice(0, 4));
        const years = await page.$$eval("select[name=annee] option", (o) => o.map((x) => (x as HTMLOptionElement).value).filter((v) => /^\d{4}$/.test(v)).map(Number));
        expect(years.length, path).toBeGreaterThan(0);
        expect(Math.max(...years), path).toBeLessThanOrEqual(exportsYear);
        expect(errors, path).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it("keeps the budget's filters in the address: ?regle= chooses the rule, a change adds a history entry, the back button undoes it", async () => {
    const { page, close } = await open("/budget");
    try {
      const rule = await page.$eval("select[name=regle]", (s) => (s as HTMLSelectElement).options[1]!.value);
      await page.goto(new URL(`/budget?regle=${rule}`, sampleSite().url).href, { waitUntil: "networkidle" });
      await settled(page);
      expect(await page.inputValue("select[name=regle]")).toBe(rule);
      // The caption names the rule by its French label, its code beside it.
      expect(await page.textContent(".alerts-table caption")).toMatch(new RegExp(`^Alertes « .+ » \\(${rule}\\) :`));
      const title = async () => (await page.textContent("h2:has-text('Chiffres clés')"))!;
      const whole = await title();
      await page.selectOption("select[name=versant]", "Picardie");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("versant") === "Picardie");
      expect(new URL(page.url()).searchParams.get("regle")).toBe(rule);
      await page.waitForFunction((w) => [...document.querySelectorAll("h2")].some((h) => h.textContent?.startsWith("Chiffres clés") && h.textContent !== w), whole);
      expect(await title()).toContain("Picardie");
      // The sidebar's links carry only the parameters every page shares.
      expect(await page.getAttribute("#observablehq-sidebar a[href*='territoires']", "href")).not.toContain("versant");
      await page.goBack();
      await page.waitForFunction(() => !location.search.includes("versant"));
      expect(await page.inputValue("select[name=versant]")).toBe("");
      await page.waitForFunction((w) => [...document.querySelectorAll("h2")].some((h) => h.textContent === w), whole);
    } finally {
      await close();
    }
  });
});

describe("counts that lead to the explorer", () => {
  /** Follows every link to the explorer that `selector` finds on `path`, and checks each lands on as many dossiers as it says. */
  async function followCounts(path: string, selector: string): Promise<number> {
    const { page, close } = await open(path);
    try {
      const links = await page.$$eval(selector, (all) => all.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? "" })));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const count = Number(link.text.replace(/\D/g, ""));
        await page.goto(link.href, { waitUntil: "networkidle" });
        await settled(page);
        expect(await countFor(page, new URL(link.href).search), link.href).toBe(count);
      }
      return links.length;
    } finally {
      await close();
    }
  }

  it("the budget's dossiers by rule, and their total", async () => {
    expect(await followCounts("/budget", ".rule-counts a[href*='dossiers']")).toBeGreaterThan(1);
  });

  it("the territories' events by département, versant and EPCI, and the key figure", async () => {
    expect(await followCounts("/territoires", ".territory-areas a[href*='dossiers'], .kpi a[href*='dossiers']")).toBeGreaterThan(2);
  });

  it("the politique de la ville's counted events, the whole its QPV shares are taken over, for the region, a versant and a département", async () => {
    const { page, close } = await open("/politique-ville");
    try {
      for (const search of ["", "?annee=2018&versant=Picardie", "?departement=59"]) {
        await page.goto(new URL(`/politique-ville${search}`, sampleSite().url).href, { waitUntil: "networkidle" });
        await settled(page);
        // The card's « 1 sur 9 événements comptés »: its link leads to those 9 events.
        const card = (await page.textContent(".kpi:has(a.qpv-events-link)"))!;
        const whole = Number(card.match(/sur ([\d\s]+) événements? comptés?/)![1]!.replace(/\D/g, ""));
        const link = await page.$eval("a.qpv-events-link", (a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? "" }));
        expect(Number(link.text.replace(/\D/g, "")), search).toBe(whole);
        await page.goto(link.href, { waitUntil: "networkidle" });
        await settled(page);
        expect(await countFor(page, new URL(link.href).search), link.href).toBe(whole);
      }
    } finally {
      await close();
    }
  });

  it("the ideas of each event, listed in its dossier as many as the table counts", async () => {
    const { page, close } = await open("/idees?annee=2018");
    try {
      const links = await page.$$eval(".data-table a[href*='dossier=']", (all) => all.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? "" })));
      expect(links.length).toBeGreaterThan(2);
      for (const link of links.slice(0, 3)) {
        const dossier = new URL(link.href).searchParams.get("dossier")!;
        await page.goto(link.href, { waitUntil: "networkidle" });
        await settled(page);
        await page.waitForSelector(".explorer-detail h2");
        expect(await page.textContent(".explorer-detail h2")).toContain(dossier);
        const ideas = page.locator(".explorer-detail-table:has(caption:text-matches('^Idées nées')) tbody tr");
        expect(await ideas.count(), link.href).toBe(Number(link.text.replace(/\D/g, "")));
      }
    } finally {
      await close();
    }
  });
});

/** The bytes of the file a click on the button labelled `label` of the bar before `table` downloads, and its name. */
async function download(page: Page, table: string, label: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const bar = page.locator(`.table-download:has(+ :is(${table}, .table-wide:has(${table}), .table-scroll:has(${table})))`).first();
  const [file] = await Promise.all([page.waitForEvent("download"), bar.getByRole("button", { name: label }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe("downloads built from the data", () => {
  it("give the explorer's dossiers as a CSV and an XLSX that read back with their types, columns and accents", async () => {
    const { page, close } = await open("/dossiers?q=coeur+de+flandre");
    try {
      const count = await countFor(page, "?q=coeur+de+flandre");
      const csv = await download(page, ".explorer-table", /CSV/);
      expect(csv.name).toMatch(/^dossiers_q-coeur-de-flandre_\d{4}-\d{2}-\d{2}_dossiers-\d+\.csv$/);
      const text = csv.bytes.toString("utf8");
      expect(text.startsWith("\ufeff")).toBe(true);
      const [heading, ...rest] = text.slice(1).split("\r\n");
      expect(heading).toMatch(/exports au \d{4}-\d{2}-\d{2} — filtres : Rechercher.* : coeur de flandre/);
      const rows = dsvFormat(";").parse(rest.join("\n"));
      expect(rows.columns.slice(0, 4)).toEqual(["N° dossier", "Dispositif", "Organisation", "Commune"]);
      expect(rows).toHaveLength(count);
      expect(rows.every((r) => /^EX\d+$/.test(r["N° dossier"]!))).toBe(true);
      expect(rows.some((r) => r.Organisation === "Cœur de Flandre Numérique")).toBe(true);
      expect(rows.every((r) => /^-?\d+(,\d+)?$/.test(r["Engagé (€)"]!))).toBe(true);

      const xlsx = await download(page, ".explorer-table", /XLSX/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(String(sheet.getRow(1).getCell(1).value)).toMatch(/exports au/);
      expect(sheet.getRow(2).getCell(3).value).toBe("Organisation");
      expect(sheet.rowCount).toBe(count + 2);
      const engaged = sheet.getRow(3).getCell(15);
      expect(typeof engaged.value).toBe("number");
      expect(engaged.numFmt).toContain("€");
      expect(String(sheet.getRow(3).getCell(1).value)).toMatch(/^EX\d+$/);
    } finally {
      await close();
    }
  });

  it("give shares as fractions in the CSV (its header says so) and as percentages in the XLSX", async () => {
    const { page, close } = await open("/budget");
    try {
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const table = "table.data-table:has(caption:text-is('Consommation de l’enveloppe INS’pir par ligne'))";
      const csv = (await download(page, table, /CSV/)).bytes.toString("utf8").slice(1).split("\r\n");
      const rows = dsvFormat(";").parse(csv.slice(1).join("\n"));
      expect(rows.columns).toContain("Engagé / enveloppe (fraction de 0 à 1)");
      expect(rows.every((r) => /^\d+(,\d+)?$/.test(r["Engagé / enveloppe (fraction de 0 à 1)"]!))).toBe(true);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await download(page, table, /XLSX/)).bytes as unknown as ArrayBuffer);
      const share = workbook.worksheets[0]!.getRow(3).getCell(4);
      expect(typeof share.value).toBe("number");
      expect(share.numFmt).toContain("%");
    } finally {
      await close();
    }
  });
});
