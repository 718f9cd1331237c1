import type { Cell } from "./cell.js";
import { normalizeKey } from "./normalize-key.js";

// VRAI/FAUX is what Excel-FR writes for a boolean cell saved as CSV.
const YES = new Set(["oui", "o", "vrai", "true"]);
const NO = new Set(["non", "n", "faux", "false"]);

/** Parses `Oui`/`Non` (also `O`/`N`, any case); empty means no; undefined when unreadable. */
export function parseYesNo(cell: Cell): boolean | undefined {
  if (cell === null) return false;
  if (typeof cell === "boolean") return cell;
  if (typeof cell !== "string") return undefined;
  const key = normalizeKey(cell);
  if (key === "") return false;
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}
