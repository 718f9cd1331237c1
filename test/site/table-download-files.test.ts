import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { ExportTable } from "../../src/components/table-download-cells.js";
import { excelCsv, excelCsvText, frenchDecimal } from "../../src/components/table-download-csv.js";
import { neutralizeFormula } from "../../src/components/table-download-formula.js";
import { excelNumberFormat, sheetName, xlsxBytes } from "../../src/components/table-download-xlsx.js";

const table: ExportTable = {
  caption: "Engagé par dispositif : 2017/2018",
  headers: ["Dispositif", "Engagé (€)", "Part", "Note"],
  rows: [
    [
      { kind: "text", value: "INS'pir - Événement créatif" },
      { kind: "number", value: 118450.5, format: { style: "euros", cents: true } },
      { kind: "number", value: 0.453, format: { style: "percent", digits: 1 } },
      { kind: "text", value: "Prix « 12 500 € » ; voir note" }
    ],
    [
      { kind: "text", value: "=HYPERLINK(\"http://x\";\"clic\")" },
      { kind: "number", value: -12.5, format: { style: "euros", cents: true } },
      { kind: "empty" },
      { kind: "text", value: "@SUM(A1)" }
    ],
    [
      { kind: "text", value: "+33 3 00" },
      { kind: "number", value: 0.1 + 0.2, format: { style: "number", digits: 2 } },
      { kind: "number", value: 1e-12, format: { style: "number", digits: 0 } },
      { kind: "text", value: "-2+3" }
    ]
  ]
};

describe("neutralizeFormula", () => {
  it("prefixes with ' the texts a spreadsheet would evaluate, and nothing else", () => {
    expect(["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "Événement", "’quote", "1=1"].map(neutralizeFormula)).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "Événement", "’quote", "1=1"]);
  });
});

describe("the CSV for Excel-FR", () => {
  it("starts with the UTF-8 BOM and keeps accents and the euro sign as UTF-8", () => {
    const bytes = excelCsv(table);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = Buffer.from(bytes).toString("utf8");
    expect(text).toContain("é");
    expect(text).toContain("€");
    expect(Buffer.from(bytes).includes(Buffer.from("Événement", "utf8"))).toBe(true);
  });

  it("separates cells with ; and lines with CRLF, writes numbers with a decimal comma, shares as fractions, neutralises formulas", () => {
    expect(excelCsvText(table)).toBe(
      "\ufeffDispositif;Engagé (€);Part (fraction de 0 à 1);Note\r\n" +
        "INS'pir - Événement créatif;118450,5;0,453;\"Prix « 12 500 € » ; voir note\"\r\n" +
        "\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";-12,5;;'@SUM(A1)\r\n" +
        "'+33 3 00;0,3;0,000000000001;'-2+3\r\n"
    );
  });

  it("starts with a line saying what the file holds, when given one", () => {
    expect(excelCsvText({ caption: "x", headers: ["a"], rows: [] }, "x — exports au 2019-12-31 — sans filtre")).toBe("\ufeffx — exports au 2019-12-31 — sans filtre\r\na\r\n");
  });

  it("writes numbers without grouping nor binary noise", () => {
    expect([1234567.891, 0.1 + 0.2, -0.0000000001, 12, 0.45299999999999996, -0, 440715].map(frenchDecimal)).toEqual(["1234567,891", "0,3", "-0,0000000001", "12", "0,453", "0", "440715"]);
    expect(frenchDecimal(Number.NaN)).toBe("");
  });
});

describe("the XLSX workbook", () => {
  it("gives number formats that show the page's euros and percentages", () => {
    expect(excelNumberFormat({ style: "euros", cents: true })).toBe('#,##0.00 "€"');
    expect(excelNumberFormat({ style: "euros", cents: false })).toBe('#,##0 "€"');
    expect(excelNumberFormat({ style: "percent", digits: 1 })).toBe("0.0 %");
    expect(excelNumberFormat({ style: "number", digits: 0 })).toBe("#,##0");
  });

  it("names the sheet after the caption within Excel's rules", () => {
    expect(sheetName("Engagé par dispositif : 2017/2018")).toBe("Engagé par dispositif 2017 2018");
    expect(sheetName("Consommation de l’enveloppe INS’pir par ligne")).toHaveLength(31);
    expect(sheetName(" [ ] ")).toBe("Données");
  });

  it("is read back by exceljs with numeric cells, formats, accents and neutralised text", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxBytes(table)).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Engagé par dispositif 2017 2018");
    expect(sheet.getRow(1).values).toEqual([undefined, "Dispositif", "Engagé (€)", "Part", "Note"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe(118450.5);
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(2).numFmt).toBe('#,##0.00 "€"');
    expect(first.getCell(3).value).toBe(0.453);
    expect(first.getCell(3).numFmt).toBe("0.0 %");
    expect(first.getCell(1).value).toBe("INS'pir - Événement créatif");
    const second = sheet.getRow(3);
    expect(second.getCell(1).value).toBe("'=HYPERLINK(\"http://x\";\"clic\")");
    expect(second.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(second.getCell(2).value).toBe(-12.5);
    expect(second.getCell(3).value).toBeNull();
    expect(second.getCell(4).value).toBe("'@SUM(A1)");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });
});

describe("in a browser-like DOM", () => {
  it("builds the CSV from a jsdom table too (TextEncoder, no Node Buffer needed)", () => {
    const { window } = new JSDOM("<!DOCTYPE html>");
    expect(window.document).toBeDefined();
    expect(excelCsv({ caption: "", headers: ["a"], rows: [] })).toBeInstanceOf(Uint8Array);
  });
});
