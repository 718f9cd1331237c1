import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../loaders/read/xlsx.js";

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Export");
  for (const row of rows) sheet.addRow(row);
  wb.addWorksheet("Autre").addRow(["ignored"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

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
    await expect(readXlsx(new TextEncoder().encode("not a zip"), "suivi.xlsx")).rejects.toThrow(/^suivi\.xlsx : /);
  });
});
