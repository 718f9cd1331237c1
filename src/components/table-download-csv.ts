import { dsvFormat } from "d3-dsv";
import { type ExportCell, type ExportTable, isShareColumn } from "./table-download-cells.js";
import { neutralizeFormula } from "./table-download-formula.js";

/** Excel-FR's CSV: `;` between cells, since the comma is the decimal separator. */
export const EXCEL_CSV_SEPARATOR = ";";

/** UTF-8's byte-order mark: without it, Excel reads a CSV as Windows-1252 and garbles the accents. */
const BOM = "\ufeff";

/**
 * A number as Excel-FR reads one: decimal comma, no grouping, no unit, no exponent, 15 significant digits (no
 * binary noise such as `0,30000000000000004`): 12500.5 → `12500,5`, -30 → `-30`, 0.453 → `0,453` (a share stays a
 * fraction 0–1).
 */
export function frenchDecimal(value: number): string {
  if (!Number.isFinite(value)) return "";
  const rounded = Number(value.toPrecision(15));
  const text = String(rounded).includes("e") ? rounded.toFixed(20).replace(/\.?0+$/, "") : String(rounded);
  return text.replace(".", ",");
}

// d3-dsv quotes a cell (doubling its quotes) when it holds `;`, a quote or a line break.
const excelDsv = dsvFormat(EXCEL_CSV_SEPARATOR);

/** A cell's text before quoting: a number with a decimal comma, a text formula-neutralised. */
function cell(value: ExportCell): string {
  if (value.kind === "number") return frenchDecimal(value.value);
  if (value.kind === "text") return neutralizeFormula(value.value);
  return "";
}

/** Said in the header of a column of shares: the CSV writes them as fractions (0,453 for 45,3 %). */
export const SHARE_HEADER_SUFFIX = " (fraction de 0 à 1)";

/**
 * The text of the CSV file: the `heading` line when given (what the file is: exports date, filters), the headers (a
 * column of shares says it holds fractions), then one line per row, CRLF line ends, preceded by the BOM.
 */
export function excelCsvText(table: ExportTable, heading?: string): string {
  const headers = table.headers.map((h, i) => neutralizeFormula(isShareColumn(table, i) ? `${h}${SHARE_HEADER_SUFFIX}` : h));
  const rows = [...(heading ? [[neutralizeFormula(heading)]] : []), headers, ...table.rows.map((row) => row.map(cell))];
  const lines = rows.map((row) => excelDsv.formatRow(row));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/** The bytes of a CSV that Excel-FR opens right: UTF-8 with BOM, `;`, decimal comma, CRLF. */
export function excelCsv(table: ExportTable, heading?: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(excelCsvText(table, heading));
}
