/** A raw cell as read from an export: CSV cells are strings; XLSX cells may be typed. Empty cells are null. */
export type Cell = string | number | boolean | Date | null;

/** The cell as trimmed text, or null when empty. Typed XLSX cells are turned back into text. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (typeof cell === "string") {
    const t = cell.trim();
    return t === "" ? null : t;
  }
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** How a cell is quoted back to a reader in a rejection report. */
export function cellDisplay(cell: Cell): string {
  return cellText(cell) ?? "";
}
