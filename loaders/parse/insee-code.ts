import type { Cell } from "./cell.js";

/** A 5-character INSEE commune code, restoring the leading zero Excel drops (`2691` → `02691`); null when empty; undefined when malformed. */
export function normalizeInseeCode(cell: Cell): string | null | undefined {
  if (cell === null) return null;
  let text: string;
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < 0) return undefined;
    text = String(cell);
  } else if (typeof cell === "string") {
    text = cell.trim().toUpperCase();
  } else {
    return undefined;
  }
  if (text === "") return null;
  if (/^\d{4}$/.test(text)) text = `0${text}`;
  return /^(\d{5}|2[AB]\d{3})$/.test(text) ? text : undefined;
}
