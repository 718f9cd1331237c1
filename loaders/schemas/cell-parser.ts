import { parseAmount } from "../parse/amount.js";
import { cellText } from "../parse/cell.js";
import { parseDate } from "../parse/date.js";
import { enumMatcher } from "../parse/enum-matcher.js";
import { normalizeInseeCode } from "../parse/insee-code.js";
import { isValidSiret, normalizeSiret } from "../parse/siret.js";
import { parseYesNo } from "../parse/yes-no.js";
import { territoryReference } from "../territory/reference.js";

/** The SQL types of the typed tables. */
export type SqlType = "VARCHAR" | "DOUBLE" | "INTEGER" | "BOOLEAN" | "DATE" | "VARCHAR[]";

/** What a parser makes of one raw cell text: its typed value, or the rejection reason. */
export type Verdict = { value: string | number | boolean | readonly string[] | null } | { fault: string };

/**
 * How a column's raw text becomes a value. `text` is trimmed by SQL (`js_trim`, held equal to String#trim by a test):
 * free text and identifiers are mostly distinct, so they never travel to JavaScript. Every other kind parses each
 * distinct raw text once with the functions of loaders/parse/ (null: the cell is empty).
 */
export type CellParser = { kind: "text"; required: boolean } | { kind: "parse"; type: SqlType; parse: (text: string | null) => Verdict };

const fault = (reason: string): Verdict => ({ fault: reason });
const parsed = (type: SqlType, parse: (text: string | null) => Verdict): CellParser => ({ kind: "parse", type, parse });

const REQUIRED = "valeur obligatoire absente";
const BAD_DATE = "date invalide (attendu jj/mm/aaaa ou aaaa-mm-jj)";

/** Free text, trimmed; null when empty. */
export const text: CellParser = { kind: "text", required: false };

/** Non-empty text, trimmed. */
export const requiredText: CellParser = { kind: "text", required: true };

/** An amount in € ≥ 0; empty means 0. */
export const amount = parsed("DOUBLE", (t) => {
  const value = parseAmount(t);
  if (value === undefined) return fault("montant illisible");
  return value < 0 ? fault("montant négatif") : { value };
});

/** An amount in € > 0. */
export const positiveAmount = parsed("DOUBLE", (t) => {
  const value = parseAmount(t);
  if (value === undefined) return fault("montant illisible");
  return value <= 0 ? fault("le montant doit être strictement positif") : { value };
});

/** A date as `YYYY-MM-DD`, or null when empty. */
export const date = parsed("DATE", (t) => {
  const value = parseDate(t);
  return value === undefined ? fault(BAD_DATE) : { value };
});

/** A date that must be given. */
export const requiredDate = parsed("DATE", (t) => {
  const value = parseDate(t);
  if (value === undefined) return fault(BAD_DATE);
  return value === null ? fault("date obligatoire absente") : { value };
});

/** Oui/Non; empty means no. */
export const yesNo = parsed("BOOLEAN", (t) => {
  const value = parseYesNo(t);
  return value === undefined ? fault("valeur oui/non illisible") : { value };
});

/** One of the canonical values, matched after normalisation; null when empty unless `required`. */
export function oneOf(values: readonly string[], { required }: { required: boolean }): CellParser {
  const match = enumMatcher(values);
  return parsed("VARCHAR", (raw) => {
    const t = cellText(raw);
    if (t === null) return required ? fault(REQUIRED) : { value: null };
    const value = match(t);
    return value === undefined ? fault(`valeur inconnue (attendu : ${values.join(", ")})`) : { value };
  });
}

/** A SIRET's 14 digits with a valid key; null when empty. */
export const siret = parsed("VARCHAR", (t) => {
  const value = normalizeSiret(t);
  if (value === undefined) return fault("SIRET mal formé (14 chiffres attendus)");
  return value !== null && !isValidSiret(value) ? fault("SIRET invalide (clé de contrôle)") : { value };
});

/** A commune code where the action takes place, as the code of its current commune of Hauts-de-France. */
export const commune = parsed("VARCHAR", (t) => {
  const code = normalizeInseeCode(t);
  if (code === null) return fault(REQUIRED);
  if (code === undefined) return fault("code INSEE mal formé");
  const resolved = territoryReference().resolve(code);
  if (!resolved.ok) return fault(resolved.reason === "unknown" ? "commune inconnue du référentiel" : "commune hors Hauts-de-France");
  return { value: resolved.commune.code };
});

/** A whole number ≥ 0, or null when empty. */
export const count = parsed("INTEGER", (raw) => {
  const t = cellText(raw);
  if (t === null) return { value: null };
  const digits = t.replace(/[\s\u00a0\u202f]/g, "");
  const value = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  return Number.isInteger(value) && value >= 0 && value <= 2_147_483_647 ? { value } : fault("nombre entier positif ou nul attendu");
});

/** A Godin marker score: 0 to 3 by halves. */
export const markerScore = parsed("DOUBLE", (raw) => {
  const t = cellText(raw);
  if (t === null) return fault("note obligatoire absente");
  const value = /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : Number.NaN;
  return value >= 0 && value <= 3 && Number.isInteger(value * 2) ? { value } : fault("note attendue de 0 à 3 par demi-points");
});
