/** One column of a data table: its French header and how to show a row's cell. */
export interface Column<T> {
  label: string;
  value: (row: T) => string | number;
  /** Numbers read better right-aligned. */
  align?: "left" | "right";
}

export interface DataTableOptions {
  caption: string;
  /** The DOM to build with (jsdom's in tests); defaults to the page's. */
  document?: Document;
}

/**
 * An accessible HTML table of `rows` (the data behind a chart): a caption, column headers, and the first
 * column as row headers.
 */
export function dataTable<T>(rows: readonly T[], columns: readonly Column<T>[], { caption, document = globalThis.document }: DataTableOptions): HTMLTableElement {
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
      cell.textContent = String(column.value(row));
      if (column.align === "right") cell.className = "num";
    });
  }
  return table;
}
