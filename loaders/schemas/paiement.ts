import { z } from "zod";
import type { ColumnSpec } from "./columns.js";
import * as f from "./fields.js";
import { PAYMENT_TYPES, SECTIONS } from "./vocabulary.js";

/** The columns of `paiements`: all six are required. */
export const PAIEMENT_COLUMNS = [
  { field: "dossier", header: "N° dossier", required: true },
  { field: "mandat", header: "N° mandat", required: true },
  { field: "datePaiement", header: "Date de paiement", required: true },
  { field: "montant", header: "Montant", required: true },
  { field: "section", header: "Section", required: true },
  { field: "type", header: "Type", required: true }
] as const satisfies readonly ColumnSpec[];

/** One row of `paiements`; a refund (`Reversement`) is entered positive and carries a negative `signedAmount`. */
export const paiementSchema = z
  .object({
    dossier: f.requiredText,
    mandat: f.requiredText,
    datePaiement: f.requiredDate,
    montant: f.positiveAmount,
    section: f.requiredEnum(SECTIONS),
    type: f.requiredEnum(PAYMENT_TYPES)
  })
  // In place, like the dossiers' row rules: a spread copy is slow to make and to read.
  .transform((row) => Object.assign(row, { signedAmount: row.type === "Reversement" ? -row.montant : row.montant }));

/** A kept payment. */
export type Paiement = z.output<typeof paiementSchema>;
