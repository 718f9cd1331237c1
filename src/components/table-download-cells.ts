// What a table's download holds, cell by cell, built from the rows and columns the table was given (never read
// back from the page): numbers stay numbers with the format the page shows them in, text stays text.

/** How a number is shown on the page, so that a spreadsheet shows it the same way. */
export type NumberFormat = { style: "euros"; cents: boolean } | { style: "percent"; digits: number } | { style: "number"; digits: number };

/** One cell of a download. */
export type ExportCell = { kind: "number"; value: number; format: NumberFormat } | { kind: "text"; value: string } | { kind: "empty" };

/** A table ready to be written: its caption, column headers, then its rows (body then footer). */
export interface ExportTable {
  caption: string;
  headers: string[];
  rows: ExportCell[][];
}

/** The placeholder the site shows for a missing number (format.ts's MISSING): an empty cell in a download. */
const MISSING = "–";

/** The format a number gets when its column names none: whole numbers, or two decimals. */
function defaultFormat(value: number): NumberFormat {
  return { style: "number", digits: Number.isInteger(value) ? 0 : 2 };
}

/** A value of the data as a cell: a finite number with its column's format, a text (the placeholder and "" empty), or empty. */
export function exportCell(value: string | number | null | undefined, format?: NumberFormat): ExportCell {
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value, format: format ?? defaultFormat(value) } : { kind: "empty" };
  if (value === null || value === undefined || value === "" || value === MISSING) return { kind: "empty" };
  return { kind: "text", value };
}

/** Whether a column holds shares (0–1): the CSV says so in its header, the XLSX gives them a percent format. */
export function isShareColumn(table: ExportTable, column: number): boolean {
  return table.rows.some((row) => {
    const cell = row[column];
    return cell?.kind === "number" && cell.format.style === "percent";
  });
}

// Each downloadable table's data, kept beside it by whoever built it, so that the buttons never read the page.
const downloads = new WeakMap<HTMLTableElement, ExportTable | (() => ExportTable)>();

/** Gives `table` the data its download holds, or the function that builds it when a button is pressed (a long list). */
export function setDownload(table: HTMLTableElement, data: ExportTable | (() => ExportTable)): void {
  downloads.set(table, data);
}

/** The data of a table's download, or undefined for a table that has none. */
export function downloadOf(table: HTMLTableElement): ExportTable | undefined {
  const data = downloads.get(table);
  return typeof data === "function" ? data() : data;
}

/** Whether a table has a download. */
export function hasDownload(table: HTMLTableElement): boolean {
  return downloads.has(table);
}
