import { csvFormatRows } from "d3-dsv";
import type { QueryResult } from "./query-result.js";

/** How a result is printed: an aligned table for reading, CSV or JSON for another program. */
export type ResultFormat = "table" | "csv" | "json";

/** The result as text in the chosen format, ending with a newline. */
export function formatResult(result: QueryResult, format: ResultFormat): string {
  if (format === "csv") return `${csvFormatRows([result.columns, ...result.rows.map((r) => r.map((c) => (c === null ? "" : String(c))))])}\n`;
  if (format === "json") return `${JSON.stringify(result.rows.map((r) => Object.fromEntries(r.map((c, i) => [result.columns[i], c]))), null, 2)}\n`;
  return alignedTable(result);
}

/** Columns padded to their widest cell, numbers to the right, NULL shown as such, and the row count below. */
function alignedTable({ columns, numeric, rows }: QueryResult): string {
  if (columns.length === 0) return "OK\n";
  const cells = rows.map((r) => r.map((c) => (c === null ? "NULL" : String(c))));
  const widths = columns.map((name, i) => Math.max(width(name), ...cells.map((r) => width(r[i]!))));
  const pad = (text: string, i: number) => (numeric[i] ? text.padStart(widths[i]! + text.length - width(text)) : text.padEnd(widths[i]! + text.length - width(text)));
  const line = (r: string[]) => r.map(pad).join(" │ ").trimEnd();
  const count = rows.length === 1 ? "(1 ligne)" : `(${rows.length.toLocaleString("fr-FR")} lignes)`;
  return [line(columns), widths.map((w) => "─".repeat(w)).join("─┼─"), ...cells.map(line), count].join("\n") + "\n";
}

/** Width of a text on a terminal: its code points (accented letters count once). */
function width(text: string): number {
  return [...text].length;
}
