import { z } from "zod";
import { isValidSiret } from "../parse/siret.js";

// The SCDL « subventions » data model, version 2.1.1: schema.json of https://gitlab.com/opendatafrance/scdl/subventions
// (tag v2.1.1, 2023-09-28; published on https://schema.data.gouv.fr/scdl/subventions/2.1.1/). A Table Schema: one
// CSV, the columns below in this order, missing values written "", and three custom checks (french-siret-value on
// idAttribuant and idBeneficiaire, one-of-required idBeneficiaire / rnaBeneficiaire).

/** The version of the data model the export follows. */
export const SCDL_SUBVENTIONS_VERSION = "2.1.1";

/** The columns of the model, in the schema's order, spelt as its `fields[].name`. */
export const SCDL_SUBVENTIONS_FIELDS = [
  "nomAttribuant",
  "idAttribuant",
  "dateConvention",
  "referenceDecision",
  "nomBeneficiaire",
  "idBeneficiaire",
  "rnaBeneficiaire",
  "objet",
  "montant",
  "nature",
  "conditionsVersement",
  "datesPeriodeVersement",
  "idRAE",
  "notificationUE",
  "pourcentageSubvention",
  "dispositifAide"
] as const;
export type ScdlSubventionField = (typeof SCDL_SUBVENTIONS_FIELDS)[number];

/** One row of the export as written in the CSV: every cell is text, "" when missing. */
export type ScdlSubventionRow = Record<ScdlSubventionField, string>;

/** `nature`: the schema's enum. */
export const NATURES = ["aide en numéraire", "aide en nature", "aide en numéraire;aide en nature", "aide en nature;aide en numéraire"] as const;

/** `conditionsVersement`: the three values its description allows (the schema itself only caps the length at 256). */
export const CONDITIONS_VERSEMENT = ["unique", "échelonné", "autre"] as const;
export type ConditionsVersement = (typeof CONDITIONS_VERSEMENT)[number];

/** `datesPeriodeVersement`: the schema's pattern, a day or a period `start/end`. */
export const DATES_PERIODE_PATTERN = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(\/[0-9]{4}-[0-9]{2}-[0-9]{2})?$/;

/** Table Schema's `number` as this export writes it: a plain decimal with a point (no exponent, no NaN/INF, no grouping). */
const NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

/** Whether `text` is a real calendar day `YYYY-MM-DD` (Table Schema's `date`, default format). */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Length in characters as the schema's `maxLength` counts them (code points, not UTF-16 units). */
export function charLength(text: string): number {
  return [...text].length;
}

const required = (name: string) => z.string().min(1, `${name} : valeur obligatoire`);
const siret = (name: string) =>
  z
    .string()
    .regex(/^\d{14}$/, `${name} : 14 chiffres attendus`)
    .refine(isValidSiret, `${name} : SIRET invalide (french-siret-value)`);
const optional = <T extends z.ZodType<string>>(schema: T) => z.union([z.literal(""), schema]);
const number = (name: string) => z.string().regex(NUMBER_PATTERN, `${name} : nombre décimal avec un point attendu`);

/**
 * One exported row checked against every rule of schema.json 2.1.1 (types, patterns, enums, lengths, bounds,
 * required fields, custom checks), plus what the descriptions say and the schema leaves unchecked: the three
 * values of `conditionsVersement`, real calendar days, and a period that does not end before it starts.
 */
export const scdlSubventionRowSchema = z
  .object({
    nomAttribuant: required("nomAttribuant"),
    idAttribuant: siret("idAttribuant"),
    dateConvention: z.string().refine(isIsoDay, "dateConvention : date AAAA-MM-JJ attendue"),
    referenceDecision: z.string(),
    nomBeneficiaire: required("nomBeneficiaire"),
    idBeneficiaire: optional(siret("idBeneficiaire")),
    rnaBeneficiaire: optional(z.string().regex(/^W\d{9}$/, "rnaBeneficiaire : W suivi de 9 chiffres attendu")),
    objet: required("objet").refine((t) => charLength(t) <= 256, "objet : 256 caractères au plus"),
    montant: number("montant"),
    nature: z.enum(NATURES),
    conditionsVersement: z.enum(CONDITIONS_VERSEMENT),
    datesPeriodeVersement: z
      .string()
      .regex(DATES_PERIODE_PATTERN, "datesPeriodeVersement : AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ attendu")
      .refine((t) => t.split("/").every(isIsoDay), "datesPeriodeVersement : date inexistante")
      .refine((t) => {
        const [start, end] = t.split("/");
        return end === undefined || start! <= end;
      }, "datesPeriodeVersement : période qui finit avant de commencer"),
    idRAE: z.string().refine((t) => charLength(t) <= 5, "idRAE : 5 caractères au plus"),
    notificationUE: z.enum(["oui", "non"]),
    pourcentageSubvention: number("pourcentageSubvention").refine((t) => Number(t) >= 0.01 && Number(t) <= 1, "pourcentageSubvention : entre 0.01 et 1"),
    dispositifAide: z.string()
  })
  .strict()
  .refine((row) => row.idBeneficiaire !== "" || row.rnaBeneficiaire !== "", {
    message: "idBeneficiaire ou rnaBeneficiaire obligatoire (one-of-required)",
    path: ["idBeneficiaire"]
  });
