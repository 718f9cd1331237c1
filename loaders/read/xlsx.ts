import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Limits } from "../config/limits.js";
import { LoadError } from "../load-error.js";
import type { Cell } from "../parse/cell.js";
import type { RawRecord } from "./raw-table.js";

/**
 * Reads the first worksheet of an XLSX file: headers on row 1, typed or text cells below; all-empty rows skipped.
 * Streams the worksheet (exceljs's WorkbookReader): about 4× faster and lighter than loading the whole workbook.
 */
export async function readXlsx(
  bytes: Uint8Array,
  file: string,
  limits: Pick<Limits, "maxColumns" | "maxLineChars"> = { maxColumns: Infinity, maxLineChars: Infinity }
): Promise<{ headers: string[]; records: RawRecord[] }> {
  await checkWorkbookArchive(bytes, file);
  let headers: string[] | undefined;
  const records: RawRecord[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      // Styles tell date cells from numbers.
      styles: "cache",
      worksheets: "emit",
      entries: "emit"
    });
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        if (values.length - 1 > limits.maxColumns) {
          throw new LoadError(file, `refusé : la ligne ${row.number} a plus de ${limits.maxColumns} colonnes (INSPIR_MAX_COLUMNS)`);
        }
        if (headers === undefined) {
          // The header is the first row of the sheet, wherever it sits: row 1 as the contract says.
          if (row.number !== 1) throw new LoadError(file, "la ligne 1 de la première feuille, l'en-tête, est vide");
          headers = values.slice(1).map((v) => headerText(cellValue(v ?? null)));
          continue;
        }
        const cells: Cell[] = [];
        for (let c = 1; c < values.length; c++) {
          const cell = cellValue(values[c] ?? null);
          if (typeof cell === "string" && cell.length > limits.maxLineChars) {
            throw new LoadError(file, `refusé : une cellule de la ligne ${row.number} dépasse ${limits.maxLineChars.toLocaleString("fr-FR")} caractères (INSPIR_MAX_LINE_CHARS)`);
          }
          cells.push(cell);
        }
        if (cells.every((c) => c === null)) continue;
        records.push({ line: row.number, cells });
      }
      break;
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(file, `illisible comme classeur XLSX (${firstLine(error)})`);
  }
  if (headers === undefined) throw new LoadError(file, "feuille vide : pas de ligne d'en-tête");
  // Typed rows may end before the last header: pad them so every record has a cell per column.
  for (const r of records) while (r.cells.length < headers.length) r.cells.push(null);
  return { headers, records };
}

/**
 * Fails on bytes that are not a complete workbook archive: exceljs's stream reader waits forever on an empty,
 * truncated or foreign ZIP instead of failing, so the archive and its entries' checksums are verified first.
 */
async function checkWorkbookArchive(bytes: Uint8Array, file: string): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw new LoadError(file, `illisible comme classeur XLSX (${firstLine(error)})`);
  }
  if (!zip.file("xl/workbook.xml") || zip.file(/^xl\/worksheets\/[^/]+\.xml$/).length === 0) {
    throw new LoadError(file, "illisible comme classeur XLSX (archive sans classeur ni feuille)");
  }
}

function headerText(cell: Cell): string {
  if (cell === null) return "";
  return cell instanceof Date ? cell.toISOString() : String(cell);
}

/** Flattens exceljs's cell value shapes (rich text, formulas, hyperlinks…) to a plain cell. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return cellValue(value.richText.map((r) => r.text).join(""));
    if ("formula" in value || "sharedFormula" in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("hyperlink" in value || "text" in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text);
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "erreur inconnue";
}
