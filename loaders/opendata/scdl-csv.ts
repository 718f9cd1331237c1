import { csvFormatRow } from "d3-dsv";
import { SCDL_SUBVENTIONS_FIELDS, type ScdlSubventionRow } from "./scdl-subventions-schema.js";

/** Line end of the export: CRLF, as RFC 4180 writes CSV. */
export const SCDL_CSV_EOL = "\r\n";

/** A cell as RFC 4180 writes it (d3-dsv): quoted, quotes doubled, when it holds a comma, a quote or a line break. */
export function csvCell(text: string): string {
  return csvFormatRow([text]);
}

/**
 * The SCDL « subventions » CSV: UTF-8 without BOM, `,` separator, CRLF line ends, a header of the schema's field names
 * in its order, one line per row. Cells are written as they are (no spreadsheet-formula escaping: the file is
 * machine-readable open data whose values must stay exact).
 */
export function scdlCsv(rows: readonly ScdlSubventionRow[]): string {
  const lines = [SCDL_SUBVENTIONS_FIELDS, ...rows.map((row) => SCDL_SUBVENTIONS_FIELDS.map((field) => row[field]))];
  return lines.map((line) => csvFormatRow([...line]) + SCDL_CSV_EOL).join("");
}
