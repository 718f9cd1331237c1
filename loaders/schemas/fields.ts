import { z } from "zod";
import { parseAmount } from "../parse/amount.js";
import { type Cell, cellText } from "../parse/cell.js";
import { parseDate } from "../parse/date.js";
import { enumMatcher } from "../parse/enum-matcher.js";
import { normalizeInseeCode } from "../parse/insee-code.js";
import { isValidSiret, normalizeSiret } from "../parse/siret.js";
import { parseYesNo } from "../parse/yes-no.js";
import { type Commune, territoryReference } from "../territory/reference.js";

// Zod schemas for one cell each: they take a raw Cell and give a typed value or an issue whose message is the rejection reason.

const anyCell = z.custom<Cell>(() => true);

function fail(ctx: { issues: unknown[] }, input: Cell, message: string): never {
  (ctx.issues as { code: string; message: string; input: unknown }[]).push({ code: "custom", message, input });
  return z.NEVER as never;
}

/** Free text, trimmed; null when empty. */
export const text = anyCell.transform((cell) => cellText(cell));

/** Non-empty text. */
export const requiredText = anyCell.transform((cell, ctx) => cellText(cell) ?? fail(ctx, cell, "valeur obligatoire absente"));

/** An amount in € ≥ 0; empty means 0. */
export const amount = anyCell.transform((cell, ctx) => {
  const value = parseAmount(cell);
  if (value === undefined) return fail(ctx, cell, "montant illisible");
  if (value < 0) return fail(ctx, cell, "montant négatif");
  return value;
});

/** An amount in € > 0. */
export const positiveAmount = anyCell.transform((cell, ctx) => {
  const value = parseAmount(cell);
  if (value === undefined) return fail(ctx, cell, "montant illisible");
  if (value <= 0) return fail(ctx, cell, "le montant doit être strictement positif");
  return value;
});

/** A date as `YYYY-MM-DD`, or null when empty. */
export const date = anyCell.transform((cell, ctx) => {
  const value = parseDate(cell);
  return value === undefined ? fail(ctx, cell, "date invalide (attendu jj/mm/aaaa ou aaaa-mm-jj)") : value;
});

/** A date that must be given. */
export const requiredDate = anyCell.transform((cell, ctx) => {
  const value = parseDate(cell);
  if (value === undefined) return fail(ctx, cell, "date invalide (attendu jj/mm/aaaa ou aaaa-mm-jj)");
  return value ?? fail(ctx, cell, "date obligatoire absente");
});

/** Oui/Non; empty means no. */
export const yesNo = anyCell.transform((cell, ctx) => parseYesNo(cell) ?? fail(ctx, cell, "valeur oui/non illisible"));

/** One of the canonical values, matched after normalisation; null when empty. */
export function optionalEnum<const T extends string>(values: readonly T[]) {
  const match = enumMatcher(values);
  return anyCell.transform((cell, ctx): T | null => {
    const t = cellText(cell);
    if (t === null) return null;
    return match(t) ?? fail(ctx, cell, `valeur inconnue (attendu : ${values.join(", ")})`);
  });
}

/** One of the canonical values, which must be given. */
export function requiredEnum<const T extends string>(values: readonly T[]) {
  const match = enumMatcher(values);
  return anyCell.transform((cell, ctx): T => {
    const t = cellText(cell);
    if (t === null) return fail(ctx, cell, "valeur obligatoire absente");
    return match(t) ?? fail(ctx, cell, `valeur inconnue (attendu : ${values.join(", ")})`);
  });
}

/** A SIRET's 14 digits with a valid key; null when empty. */
export const siret = anyCell.transform((cell, ctx) => {
  const value = normalizeSiret(cell);
  if (value === undefined) return fail(ctx, cell, "SIRET mal formé (14 chiffres attendus)");
  if (value !== null && !isValidSiret(value)) return fail(ctx, cell, "SIRET invalide (clé de contrôle)");
  return value;
});

/** A commune code where the action takes place, mapped to its current commune of Hauts-de-France. */
export const commune = anyCell.transform((cell, ctx): Commune => {
  const code = normalizeInseeCode(cell);
  if (code === null) return fail(ctx, cell, "valeur obligatoire absente");
  if (code === undefined) return fail(ctx, cell, "code INSEE mal formé");
  const resolved = territoryReference().resolve(code);
  if (!resolved.ok) {
    return fail(ctx, cell, resolved.reason === "unknown" ? "commune inconnue du référentiel" : "commune hors Hauts-de-France");
  }
  return resolved.commune;
});

/** A whole number ≥ 0, or null when empty. */
export const count = anyCell.transform((cell, ctx) => {
  const t = cellText(cell);
  if (t === null) return null;
  const value = typeof cell === "number" ? cell : /^\d+$/.test(t.replace(/[\s\u00a0\u202f]/g, "")) ? Number(t.replace(/[\s\u00a0\u202f]/g, "")) : Number.NaN;
  if (!Number.isInteger(value) || value < 0) return fail(ctx, cell, "nombre entier positif ou nul attendu");
  return value;
});

/** A Godin marker score: 0 to 3 by halves. */
export const markerScore = anyCell.transform((cell, ctx) => {
  const t = cellText(cell);
  if (t === null) return fail(ctx, cell, "note obligatoire absente");
  const value = typeof cell === "number" ? cell : /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : Number.NaN;
  if (!(value >= 0 && value <= 3) || !Number.isInteger(value * 2)) return fail(ctx, cell, "note attendue de 0 à 3 par demi-points");
  return value;
});
