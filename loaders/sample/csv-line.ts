import type { Rng } from "./prng.js";

/** One CSV field: quoted (inner quotes doubled) when it holds the separator, a quote or a line break, or when `force`. */
export function csvField(value: string, separator: string, force: boolean): string {
  const needs = value.includes(separator) || value.includes('"') || value.includes("\n") || value.includes("\r");
  return needs || (force && value !== "") ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV line without its line ending; some text fields are quoted though they need not be, as some exporters do. */
export function csvLine(fields: readonly string[], separator: string, rng: Rng | null, quoteRate = 0.08): string {
  return fields.map((f) => csvField(f, separator, rng !== null && /[A-Za-zÀ-ÿ]/.test(f) && rng.chance(quoteRate))).join(separator);
}
