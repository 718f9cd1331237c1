import { z } from "zod";
import { normalizeKey } from "../parse/normalize-key.js";
import { VERSANTS } from "../territory/versant.js";
import type { ColumnSpec } from "./columns.js";
import * as f from "./fields.js";
import { INSPIR_PROGRAMME, SECTIONS, type Section } from "./vocabulary.js";
import type { Versant } from "../territory/versant.js";

/** The columns of `enveloppes` (one budget line per row). */
export const ENVELOPPE_COLUMNS = [
  { field: "programme", header: "Programme", required: true },
  { field: "section", header: "Section", required: true },
  { field: "versant", header: "Versant", required: true },
  { field: "montant", header: "Montant", required: true },
  { field: "reference", header: "Référence", required: false }
] as const satisfies readonly ColumnSpec[];

/** One budget line. */
export const enveloppeSchema = z.object({
  programme: f.requiredText,
  section: f.requiredEnum(SECTIONS),
  versant: f.requiredEnum(VERSANTS),
  montant: f.amount,
  reference: f.text
});

/** A kept budget line. */
export type Enveloppe = z.output<typeof enveloppeSchema>;

/** The four lines of the 2016 framework deliberation (Commission permanente of 23 September 2016), used when no `enveloppes` export is given. */
export const DEFAULT_ENVELOPPES: readonly Enveloppe[] = (
  [
    ["Investissement", "Nord-Pas-de-Calais", 150_000],
    ["Fonctionnement", "Nord-Pas-de-Calais", 150_000],
    ["Investissement", "Picardie", 100_000],
    ["Fonctionnement", "Picardie", 200_000]
  ] as [Section, Versant, number][]
).map(([section, versant, montant]) => ({
  programme: INSPIR_PROGRAMME,
  section,
  versant,
  montant,
  reference: "Délibération cadre INS'pir, Commission permanente du 23 septembre 2016"
}));

/** Whether a budget line's programme is INS'pir (`INS'pir`, `INS’PIR`, `Inspir`…). */
export function isInspirProgramme(programme: string): boolean {
  return normalizeKey(programme).replaceAll(" ", "") === normalizeKey(INSPIR_PROGRAMME).replaceAll(" ", "");
}
