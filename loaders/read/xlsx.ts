import ExcelJS from "exceljs";
import { LoadError } from "../load-error.js";
import type { Cell } from "../parse/cell.js";
import type { RawRecord } from "./raw-table.js";

/** Reads the first worksheet of an XLSX file: headers on row 1, typed or text cells below; all-empty rows skipped. */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<{ headers: string[]; records: RawRecord[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new LoadError(file, `illisible comme classeur XLSX (${firstLine(error)})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new LoadError(file, "le classeur n'a aucune feuille");
  const width = sheet.columnCount;
  const headers: string[] = [];
  const records: RawRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    if (rowNumber === 1) {
      for (const cell of cells) headers.push(cell === null ? "" : String(cell instanceof Date ? cell.toISOString() : cell));
      return;
    }
    if (cells.every((c) => c === null)) return;
    records.push({ line: rowNumber, cells });
  });
  if (headers.length === 0) throw new LoadError(file, "feuille vide : pas de ligne d'en-tête");
  return { headers, records };
}

/** Flattens exceljs's cell value shapes (rich text, formulas, hyperlinks…) to a plain cell. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return cellValue(value.richText.map((r) => r.text).join(""));
    if ("formula" in value || "sharedFormula" in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("hyperlink" in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text);
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error";
}
