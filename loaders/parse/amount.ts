import type { Cell } from "./cell.js";

// Digits in groups separated by a space, U+00A0 or U+202F, an optional decimal part after `,` or `.`, an optional euro sign.
const AMOUNT = /^([+-])?\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?\s*(?:€|eur|euros?)?$/i;

/** Parses an amount in euros (`12500`, `12500.5`, `12 500,50 €`); empty means 0; undefined when unreadable. */
export function parseAmount(cell: Cell): number | undefined {
  if (cell === null) return 0;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  if (text === "") return 0;
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const whole = (m[2] ?? "").replace(/[ \u00a0\u202f]/g, "");
  const value = Number(`${whole}.${m[3] ?? "0"}`);
  if (!Number.isFinite(value)) return undefined;
  return m[1] === "-" ? -value : value;
}
