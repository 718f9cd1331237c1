import { VERSANTS, type Versant } from "../territory/versant.js";
import * as cell from "./cell-parser.js";
import type { ExportSpec } from "./export-spec.js";
import { INSPIR_PROGRAMME, SECTIONS, type Section } from "./vocabulary.js";

/** `enveloppes`: one budget line; lines of the same section and versant add up. */
export const ENVELOPPES: ExportSpec = {
  kind: "enveloppes",
  table: "enveloppes",
  comment: "Lignes budgétaires (de l'export, ou de la délibération de 2016 en son absence) ; les lignes de même section et versant s'additionnent",
  columns: [
    {
      header: "Programme",
      name: "programme",
      cell: cell.requiredText,
      required: true,
      comment: "Programme",
      derived: [
        // `INS'pir`, `INS’PIR`, `Inspir`…: letters and digits only, without accents or case.
        { name: "inspir", type: "BOOLEAN", comment: "Ligne du programme INS'pir (l'enveloppe des indicateurs budgétaires)", sql: "regexp_replace(strip_accents(lower(c.programme)), '[^a-z0-9]', '', 'g') = 'inspir'" },
        { name: "source", type: "VARCHAR", comment: "export, ou deliberation-2016 quand l'export est absent", sql: "'export'" }
      ]
    },
    { header: "Section", name: "section", cell: cell.oneOf(SECTIONS, { required: true }), required: true, comment: "Fonctionnement ou Investissement" },
    { header: "Versant", name: "versant", cell: cell.oneOf(VERSANTS, { required: true }), required: true, comment: "Nord-Pas-de-Calais ou Picardie" },
    { header: "Montant", name: "montant", cell: cell.amount, required: true, comment: "Montant (€)" },
    { header: "Référence", name: "reference", cell: cell.text, comment: "Délibération qui ouvre les crédits" },
    { header: "Date", name: "date", cell: cell.date, comment: "Date de cette délibération ; vide : depuis le début du programme" }
  ]
};

/** The four lines of the 2016 framework deliberation (Commission permanente of 23 September 2016), used when no `enveloppes` export is given. */
export const DEFAULT_ENVELOPPES: readonly { programme: string; section: Section; versant: Versant; montant: number; reference: string }[] = (
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
