import type { Cell } from "./cell.js";

// La Poste's establishments do not follow Luhn: their digits sum to a multiple of 5.
const LA_POSTE_SIREN = "356000000";

/** The 14 digits of a SIRET written with or without spaces; null when empty; undefined when not 14 digits. */
export function normalizeSiret(cell: Cell): string | null | undefined {
  if (cell === null) return null;
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell : undefined;
  if (text === undefined) return undefined;
  const digits = text.replace(/[\s\u00a0\u202f]/g, "");
  if (digits === "") return null;
  return /^\d{14}$/.test(digits) ? digits : undefined;
}

/** Checks a 14-digit SIRET's key: Luhn, or La Poste's sum-divisible-by-5 rule. */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    let sum = 0;
    for (const d of siret) sum += Number(d);
    return sum % 5 === 0;
  }
  return luhn(siret);
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
