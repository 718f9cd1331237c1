import { SCDL_SUBVENTIONS_FIELDS, type ScdlSubventionRow } from "./scdl-subventions-schema.js";

/** Line end of the export: CRLF, as RFC 4180 writes CSV. */
export const SCDL_CSV_EOL = "\r\n";

/** A cell as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote, a line break, or edge spaces. */
export function csvCell(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The SCDL « subventions » CSV: UTF-8 without BOM, `,` separator, CRLF line ends, a header of the schema's field names
 * in its order, one line per row. Cells are written as they are (no spreadsheet-formula escaping: the file is
 * machine-readable open data whose values must stay exact).
 */
export function scdlCsv(rows: readonly ScdlSubventionRow[]): string {
  const lines = [SCDL_SUBVENTIONS_FIELDS.join(","), ...rows.map((row) => SCDL_SUBVENTIONS_FIELDS.map((field) => csvCell(row[field])).join(","))];
  return lines.map((line) => line + SCDL_CSV_EOL).join("");
}
