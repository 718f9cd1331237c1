import * as cell from "./cell-parser.js";
import type { ExportSpec } from "./export-spec.js";
import { PAYMENT_TYPES, SECTIONS } from "./vocabulary.js";

/** `paiements`: one payment order, or a refund (`Reversement`, entered positive and counted negative). */
export const PAIEMENTS: ExportSpec = {
  kind: "paiements",
  table: "paiements",
  comment: "Mandats de paiement et reversements gardés",
  key: "mandat",
  columns: [
    { header: "N° dossier", name: "dossier_id", cell: cell.requiredText, required: true, comment: "N° du dossier payé" },
    { header: "N° mandat", name: "mandat", cell: cell.requiredText, required: true, comment: "N° du mandat" },
    { header: "Date de paiement", name: "date_paiement", cell: cell.requiredDate, required: true, comment: "Date du paiement" },
    {
      header: "Montant",
      name: "montant",
      cell: cell.positiveAmount,
      required: true,
      comment: "Montant saisi, positif (€)",
      derived: [{ name: "net_amount", type: "DOUBLE", comment: "Montant compté : négatif pour un reversement (€)", sql: "CASE WHEN c.type = 'Reversement' THEN -c.montant ELSE c.montant END" }]
    },
    { header: "Section", name: "section", cell: cell.oneOf(SECTIONS, { required: true }), required: true, comment: "Fonctionnement ou Investissement" },
    { header: "Type", name: "type", cell: cell.oneOf(PAYMENT_TYPES, { required: true }), required: true, comment: "Avance, Acompte, Solde ou Reversement" }
  ],
  references: [{ column: "dossier_id" }]
};
