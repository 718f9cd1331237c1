import { RAW_ATTRIBUTE } from "./table-download-cells.js";
import { DOWNLOAD_OFF_ATTRIBUTE, watchDataTables } from "./table-download.js";

/** One column of a data table: its French header and how to show a row's cell. */
export interface Column<T> {
  label: string;
  value: (row: T) => string | number;
  /** Numbers read better right-aligned. */
  align?: "left" | "right";
  /**
   * The cell's value in the CSV and XLSX downloads when `value` is formatted text: a number (€, a share 0–1, a
   * count), a text, or null for an empty cell. Without it, a number returned by `value` is exported as is and a
   * French figure (`12 500 €`, `45,3 %`) is read back from the text, at the precision shown. A code that looks
   * like a number (`59`, a year of plan) stays text only when given here as a string.
   */
  raw?: (row: T) => string | number | null;
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

/** The raw value a cell keeps for downloads, as JSON; null when the column has none and shows text. */
function rawValue<T>(column: Column<T>, row: T, shown: string | number): string | null {
  if (column.raw) return JSON.stringify(column.raw(row) ?? null);
  return typeof shown === "number" ? JSON.stringify(Number.isFinite(shown) ? shown : null) : null;
}

/**
 * An accessible HTML table of `rows` (the data behind a chart): a caption, column headers, and the first
 * column as row headers. Once on the page, it gets « Télécharger en CSV » and « Télécharger en XLSX » buttons
 * (see table-download.ts), which export each cell's raw value.
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
      const raw = rawValue(column, row, shown);
      if (raw !== null) cell.setAttribute(RAW_ATTRIBUTE, raw);
      if (column.align === "right") cell.className = "num";
    });
  }
  if (!download) table.setAttribute(DOWNLOAD_OFF_ATTRIBUTE, "off");
  // Only the page's own document is watched: tests building tables in jsdom get bare tables.
  else if (document === globalThis.document) watchDataTables(document);
  return table;
}
