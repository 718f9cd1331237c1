import type { ExportCell, ExportTable, NumberFormat } from "./table-download-cells.js";
import { neutralizeFormula } from "./table-download-formula.js";

/** Excel's number format for a figure shown as on the page (Excel puts each user's own separators). */
export function excelNumberFormat(format: NumberFormat): string {
  const decimals = (n: number) => (n > 0 ? `.${"0".repeat(n)}` : "");
  if (format.style === "euros") return `#,##0${decimals(format.cents ? 2 : 0)} "€"`;
  if (format.style === "percent") return `0${decimals(format.digits)} %`;
  return `#,##0${decimals(format.digits)}`;
}

/** A worksheet name Excel accepts: none of `[]:*?/\`, 31 characters at most, not empty. */
export function sheetName(caption: string): string {
  const name = [...caption.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim()].slice(0, 31).join("").trim();
  return name === "" ? "Données" : name;
}

function cellValue(cell: ExportCell): number | string | null {
  if (cell.kind === "number") return cell.value;
  if (cell.kind === "text") return neutralizeFormula(cell.value);
  return null;
}

/**
 * An XLSX workbook of the table, built with exceljs (loaded on first use: about 1 MB, only for those who download):
 * one worksheet named after the caption, the `heading` (exports date, filters) on its first row when given, the
 * headers in bold on a frozen row, numbers as numeric cells with the page's format (euros, shares as
 * percentages), text formula-neutralised.
 */
export async function xlsxBytes(table: ExportTable, heading?: string): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Indicateurs innovation numérique — Région Hauts-de-France";
  workbook.title = table.caption;
  const sheet = workbook.addWorksheet(sheetName(table.caption), { views: [{ state: "frozen", ySplit: heading ? 2 : 1 }] });
  if (heading) sheet.addRow([neutralizeFormula(heading)]).font = { italic: true };
  const header = sheet.addRow(table.headers.map(neutralizeFormula));
  header.font = { bold: true };
  const widths = table.headers.map((h) => h.length);
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map(cellValue));
    cells.forEach((cell, i) => {
      if (cell.kind === "number") row.getCell(i + 1).numFmt = excelNumberFormat(cell.format);
      const shown = cell.kind === "text" ? cell.value.length : cell.kind === "number" ? String(cell.value).length + 3 : 0;
      widths[i] = Math.max(widths[i] ?? 0, shown);
    });
  }
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = Math.min(Math.max(width + 2, 8), 60)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
