import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { LoadError } from "../../loaders/load-error.js";
import type { RawRecord } from "../../loaders/read/raw-table.js";
import { openXlsx, readXlsx } from "../../loaders/read/xlsx.js";

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Export");
  for (const row of rows) sheet.addRow(row);
  wb.addWorksheet("Autre").addRow(["ignored"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A worksheet part around rows of XML. */
const sheetXml = (rows: string) => `${XML_HEAD}<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;

/** A workbook package written part by part (what other tools than exceljs may write). */
async function xlsxFromParts(options: {
  sheets?: Record<string, string>;
  /** `<sheet>` entries of workbook.xml, in order: [name, rId]. */
  order?: [string, string][];
  /** Relationships: rId → [type, target]. */
  rels?: Record<string, [string, string]> | null;
  workbookPr?: string;
  sharedStrings?: string;
  styles?: string;
  extra?: Record<string, string>;
}): Promise<Uint8Array> {
  const sheets = options.sheets ?? {};
  const rels = options.rels === undefined ? Object.fromEntries(Object.keys(sheets).map((path, i) => [`rId${i + 1}`, ["worksheet", path.replace(/^xl\//, "")]])) : options.rels;
  const order = options.order ?? Object.keys(rels ?? {}).map((id, i) => [`Feuille ${i + 1}`, id] as [string, string]);
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  zip.file(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook ${NS}>${options.workbookPr ?? ""}<sheets>${order.map(([name, id], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="${id}"/>`).join("")}</sheets></workbook>`
  );
  if (rels !== null) {
    const relationships = Object.entries(rels).map(([id, [type, target]]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`);
    if (options.sharedStrings !== undefined) relationships.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    zip.file("xl/_rels/workbook.xml.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`);
  }
  for (const [path, xml] of Object.entries(sheets)) zip.file(path, xml);
  if (options.sharedStrings !== undefined) zip.file("xl/sharedStrings.xml", `${XML_HEAD}<sst ${NS}>${options.sharedStrings}</sst>`);
  if (options.styles !== undefined) zip.file("xl/styles.xml", `${XML_HEAD}<styleSheet ${NS}>${options.styles}</styleSheet>`);
  for (const [path, text] of Object.entries(options.extra ?? {})) zip.file(path, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const oneSheet = (rows: string, more: Parameters<typeof xlsxFromParts>[0] = {}) => xlsxFromParts({ sheets: { "xl/worksheets/sheet1.xml": sheetXml(rows) }, ...more });

/** cellXfs: 0 General, 1 a date format (built-in 14). */
const DATE_STYLES = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>';

describe("readXlsx", () => {
  it("reads the first worksheet's typed and text cells, numbering rows as Excel does", async () => {
    const date = new Date(Date.UTC(2016, 8, 23));
    const bytes = await workbook([
      ["N° dossier", "Montant", "Date", "Code"],
      ["D1", 12500.5, date, 2691],
      [null, null, null, null],
      ["D2", "12 500,50 €", "23/09/2016", "02691"],
      [{ richText: [{ text: "D" }, { text: "3" }] }, { formula: "1+1", result: 2 }, null, { text: "lien", hyperlink: "mailto:x@example.org" }]
    ]);
    const { headers, records } = await readXlsx(bytes, "dossiers.xlsx");
    expect(headers).toEqual(["N° dossier", "Montant", "Date", "Code"]);
    expect(records).toEqual([
      { line: 2, cells: ["D1", 12500.5, date, 2691] },
      { line: 4, cells: ["D2", "12 500,50 €", "23/09/2016", "02691"] },
      { line: 5, cells: ["D3", 2, null, "lien"] }
    ]);
  });

  it("fails on a file that is not a workbook, naming it", async () => {
    await expect(readXlsx(new TextEncoder().encode("not a zip"), "suivi.xlsx")).rejects.toThrow(/^suivi\.xlsx : illisible comme classeur XLSX \(/);
  });

  it("reads the first sheet in the workbook's order, whatever the archive's order, skipping chart sheets", async () => {
    const bytes = await xlsxFromParts({
      sheets: {
        "xl/worksheets/sheet1.xml": sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row>'),
        "xl/worksheets/sheet2.xml": sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>first</t></is></c></row>')
      },
      rels: { rId1: ["chartsheet", "chartsheets/sheet1.xml"], rId2: ["worksheet", "/xl/worksheets/sheet2.xml"], rId3: ["worksheet", "worksheets/sheet1.xml"] },
      order: [
        ["Graphique", "rId1"],
        ["Export", "rId2"],
        ["Autre", "rId3"]
      ]
    });
    expect((await readXlsx(bytes, "suivi.xlsx")).headers).toEqual(["first"]);
  });

  it("falls back on the first worksheet part when the workbook has no relationships", async () => {
    const bytes = await xlsxFromParts({ sheets: { "xl/worksheets/sheet1.xml": sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>seule</t></is></c></row>') }, rels: null });
    expect((await readXlsx(bytes, "suivi.xlsx")).headers).toEqual(["seule"]);
  });

  it("reads parts in any order and whatever the case of their names", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Export").addRows([["Nom", "Date"], ["é", new Date(Date.UTC(2020, 0, 2))]]);
    const source = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const reversed = new JSZip();
    for (const name of Object.keys(source.files).reverse()) {
      if (source.files[name]!.dir) continue;
      reversed.file(name === "xl/sharedStrings.xml" ? "xl/SharedStrings.xml" : name, await source.files[name]!.async("uint8array"), { createFolders: false });
    }
    const { headers, records } = await readXlsx(await reversed.generateAsync({ type: "uint8array", compression: "DEFLATE" }), "suivi.xlsx");
    expect(headers).toEqual(["Nom", "Date"]);
    expect(records).toEqual([{ line: 2, cells: ["é", new Date(Date.UTC(2020, 0, 2))] }]);
  });

  it("numbers rows and cells without references one after the other, as Excel does", async () => {
    const bytes = await oneSheet('<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row><row><c><v>1</v></c><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>');
    expect(await readXlsx(bytes, "suivi.xlsx")).toEqual({
      headers: ["a", "b"],
      records: [
        { line: 2, cells: [1, null, 3, 4] },
        { line: 5, cells: [5, null] },
        { line: 6, cells: [6, null] }
      ]
    });
  });
});

describe("readXlsx where it deliberately differs from exceljs's stream reader", () => {
  it("types a formula's cached result as its cell type says: boolean, error text, date by style", async () => {
    const bytes = await oneSheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c></row>' +
        '<row r="2"><c r="A2" t="b"><f>TRUE()</f><v>1</v></c><c r="B2" t="e"><f>NA()</f><v>#N/A</v></c><c r="C2" s="1"><f>DATE(2017,9,22)</f><v>43000</v></c><c r="D2"><f>1+1</f><v>2</v></c></row>',
      { styles: DATE_STYLES }
    );
    // exceljs's stream reader gave 1, NaN and the serial 43000.
    expect((await readXlsx(bytes, "suivi.xlsx")).records).toEqual([{ line: 2, cells: [true, "#N/A", new Date(Date.UTC(2017, 8, 22)), 2] }]);
  });

  it("joins every run of an inline rich string and leaves phonetic runs out of shared strings", async () => {
    const bytes = await oneSheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Ri</t></r><r><t xml:space="preserve">ch </t></r><r><t>text</t></r></is></c></row>',
      { sharedStrings: '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' }
    );
    // exceljs's stream reader kept the last run ("text") and the phonetic reading ("トウキョウ").
    expect((await readXlsx(bytes, "suivi.xlsx")).headers).toEqual(["東京", "Rich text"]);
  });

  it("reads t=\"d\" cells as dates (UTC when no zone is given), keeping text that is no date", async () => {
    const bytes = await oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c></row><row r="2"><c r="A2" t="d"><v>2017-09-22</v></c><c r="B2" t="d"><v>2017-09-22T10:30:00</v></c><c r="C2" t="d"><v>2017-09-22T10:30:00+02:00</v></c><c r="D2" t="d"><v>demain</v></c></row>');
    expect((await readXlsx(bytes, "suivi.xlsx")).records[0]!.cells).toEqual([new Date("2017-09-22T00:00:00Z"), new Date("2017-09-22T10:30:00Z"), new Date("2017-09-22T08:30:00Z"), "demain"]);
  });

  it("gives an empty header text, not a hole, for a header cell that is missing", async () => {
    const bytes = await oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c></row>');
    const { headers } = await readXlsx(bytes, "suivi.xlsx");
    expect(headers).toEqual(["a", "", "c"]);
    expect(1 in headers).toBe(true);
  });

  it("decodes entities once in t=\"str\" and inline strings (exceljs decoded them twice)", async () => {
    const bytes = await oneSheet('<row r="1"><c r="A1" t="str"><v>&amp;lt;b&amp;gt;</v></c><c r="B1" t="inlineStr"><is><t>AT&amp;amp;T</t></is></c></row>');
    expect((await readXlsx(bytes, "suivi.xlsx")).headers).toEqual(["&lt;b&gt;", "AT&amp;T"]);
  });

  it("takes date1904=\"true\" as the 1904 date system, as well as \"1\"", async () => {
    for (const value of ["1", "true"]) {
      const bytes = await oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c></row><row r="2"><c r="A2" s="1"><v>0</v></c></row>', {
        styles: DATE_STYLES,
        workbookPr: `<workbookPr date1904="${value}"/>`
      });
      expect((await readXlsx(bytes, "suivi.xlsx")).records[0]!.cells).toEqual([new Date(Date.UTC(1904, 0, 1))]);
    }
  });

  it("reads characters cut between two inflated chunks right (exceljs garbled them)", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Gros");
    sheet.addRow(["N°", "Intitulé"]);
    const text = (i: number) => `Idée n°${i} — « ${"é".repeat(i % 17)} » ${"🎉".repeat(i % 3)} 中文`;
    for (let i = 1; i <= 6000; i++) sheet.addRow([i, text(i)]);
    const { records } = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: false })), "suivi.xlsx");
    expect(records).toHaveLength(6000);
    expect(records.filter((r) => r.cells[1] !== text(r.cells[0] as number))).toEqual([]);
  });
});

describe("openXlsx", () => {
  async function rowsWorkbook(count: number): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Export");
    sheet.addRow(["N°", "Texte"]);
    for (let i = 1; i <= count; i++) sheet.addRow(i % 1000 === 0 ? [] : [i, `ligne ${i}`]);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it("gives the header at once, then the records in batches of 2 000 in file order", async () => {
    const { headers, batches } = await openXlsx(await rowsWorkbook(5000), "suivi.xlsx");
    expect(headers).toEqual(["N°", "Texte"]);
    const sizes: number[] = [];
    const records: RawRecord[] = [];
    for await (const batch of batches) {
      sizes.push(batch.length);
      records.push(...batch);
    }
    expect(sizes).toEqual([2000, 2000, 995]);
    expect(records.map((r) => r.line)).toEqual(Array.from({ length: 5000 }, (_, i) => i + 2).filter((line) => (line - 1) % 1000 !== 0));
  });

  it("can be left early", async () => {
    const { batches } = await openXlsx(await rowsWorkbook(5000), "suivi.xlsx");
    for await (const batch of batches) {
      expect(batch).toHaveLength(2000);
      break;
    }
  });

  it("refuses a bad header before any batch: row 1 missing, too many columns", async () => {
    const late = await oneSheet('<row r="2"><c r="A2"><v>1</v></c></row>');
    await expect(openXlsx(late, "suivi.xlsx")).rejects.toThrow("suivi.xlsx : la ligne 1 de la première feuille, l'en-tête, est vide");
    const wide = await oneSheet('<row r="1"><c r="F1"><v>1</v></c></row>');
    await expect(openXlsx(wide, "suivi.xlsx", { maxColumns: 5, maxLineChars: 100 })).rejects.toThrow("suivi.xlsx : refusé : la ligne 1 a plus de 5 colonnes (INSPIR_MAX_COLUMNS)");
    const empty = await oneSheet("");
    await expect(openXlsx(empty, "suivi.xlsx")).rejects.toThrow("suivi.xlsx : feuille vide : pas de ligne d'en-tête");
  });

  it("raises the limits met among the records as LoadErrors while the batches are read", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c></row>`).join("");
    const tooWide = await oneSheet(`<row r="1"><c r="A1"><v>0</v></c></row>${rows}<row r="3002"><c r="G3002"><v>1</v></c></row>`);
    const { batches } = await openXlsx(tooWide, "suivi.xlsx", { maxColumns: 5, maxLineChars: 10 });
    const error = await (async () => {
      try {
        for await (const _ of batches);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).message).toBe("suivi.xlsx : refusé : la ligne 3002 a plus de 5 colonnes (INSPIR_MAX_COLUMNS)");
    const tooLong = await oneSheet(`<row r="1"><c r="A1"><v>0</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${"x".repeat(20_000)}</t></is></c></row>`);
    await expect(readXlsx(tooLong, "suivi.xlsx", { maxColumns: 5, maxLineChars: 12_000 })).rejects.toThrow(
      `suivi.xlsx : refusé : une cellule de la ligne 2 dépasse ${(12_000).toLocaleString("fr-FR")} caractères (INSPIR_MAX_LINE_CHARS)`
    );
  });
});
