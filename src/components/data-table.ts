import { type ExportTable, type NumberFormat, exportCell, setDownload } from "./table-download-cells.js";
import { DOWNLOAD_OFF_ATTRIBUTE, watchDataTables } from "./table-download.js";

/** One column of a data table: its French header and how to show a row's cell. */
export interface Column<T> {
  label: string;
  value: (row: T) => string | number;
  /** Numbers read better right-aligned. */
  align?: "left" | "right";
  /**
   * The cell's value in the CSV and XLSX downloads when `value` is formatted text: a number (€, a share 0–1, a
   * count, signed or not), a text, or null for an empty cell. Without it, the downloads hold what `value` returns
   * (a number as a number, a text as text).
   */
  raw?: (row: T) => string | number | null;
  /** How the downloads show this column's numbers (euros, a share as a percentage, decimals), or each row's. */
  format?: NumberFormat | ((row: T) => NumberFormat);
  /** Where the cell leads (the dossiers it counts, in the explorer): its text becomes a link; none when null. */
  href?: (row: T) => string | null;
}

export interface DataTableOptions {
  caption: string;
  /** The DOM to build with (jsdom's in tests); defaults to the page's. */
  document?: Document;
  /** Offer the CSV and XLSX download buttons beside the table (default true). */
  download?: boolean;
}

/** What the downloads of a table of `rows` hold: its caption, its headers and each cell's value, from the data. */
export function exportRows<T>(rows: readonly T[], columns: readonly Column<T>[], caption: string): ExportTable {
  return {
    caption,
    headers: columns.map((c) => c.label),
    rows: rows.map((row) => columns.map((c) => exportCell(c.raw ? c.raw(row) : c.value(row), typeof c.format === "function" ? c.format(row) : c.format)))
  };
}

/**
 * An accessible HTML table of `rows` (the data behind a chart): a caption, column headers, and the first
 * column as row headers. Once on the page, it gets « Télécharger en CSV » and « Télécharger en XLSX » buttons
 * (see table-download.ts), which export the rows' values (see exportRows).
 */
export function dataTable<T>(rows: readonly T[], columns: readonly Column<T>[], { caption, document = globalThis.document, download = true }: DataTableOptions): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "data-table";
  const captionElement = table.appendChild(document.createElement("caption"));
  captionElement.textContent = caption;
  const headRow = table.appendChild(document.createElement("thead")).appendChild(document.createElement("tr"));
  for (const column of columns) {
    const th = headRow.appendChild(document.createElement("th"));
    th.scope = "col";
    th.textContent = column.label;
    if (column.align === "right") th.className = "num";
  }
  const body = table.appendChild(document.createElement("tbody"));
  for (const row of rows) {
    const tr = body.appendChild(document.createElement("tr"));
    columns.forEach((column, i) => {
      const cell = tr.appendChild(document.createElement(i === 0 ? "th" : "td"));
      if (i === 0) cell.setAttribute("scope", "row");
      const shown = column.value(row);
      const href = column.href?.(row) ?? null;
      if (href === null) cell.textContent = String(shown);
      else {
        const link = cell.appendChild(document.createElement("a"));
        link.href = href;
        link.textContent = String(shown);
      }
      if (column.align === "right") cell.className = "num";
    });
  }
  setDownload(table, exportRows(rows, columns, caption));
  if (!download) table.setAttribute(DOWNLOAD_OFF_ATTRIBUTE, "off");
  // Only the page's own document is watched: tests building tables in jsdom get bare tables.
  else if (document === globalThis.document) watchDataTables(document);
  return table;
}
