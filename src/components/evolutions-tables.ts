import type { EvolutionsPage } from "../../loaders/site/evolutions-page.js";
import { dataTable } from "./data-table.js";
import { formatDate, formatEuros } from "./format.js";

type Options = { document?: Document };
const dateOrBlank = (day: string | null) => (day ? formatDate(day) : "");

/** The dossiers new in the current export. */
export function newDossiersTable(rows: EvolutionsPage["newDossiers"], { document }: Options = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "N° dossier", value: (r) => r.dossier },
    { label: "Dispositif", value: (r) => r.dispositif ?? "" },
    { label: "Bénéficiaire", value: (r) => r.beneficiaire ?? "" },
    { label: "Commune", value: (r) => r.commune ?? "" },
    { label: "Statut", value: (r) => r.to ?? "" },
    { label: "Déposé le", value: (r) => dateOrBlank(r.day), raw: (r) => r.day }
  ], { caption: "Nouveaux dossiers", document });
}

/** The dossiers whose status changed, from what to what. */
export function statusChangesTable(rows: EvolutionsPage["statusChanges"], { document }: Options = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "N° dossier", value: (r) => r.dossier },
    { label: "Dispositif", value: (r) => r.dispositif ?? "" },
    { label: "Bénéficiaire", value: (r) => r.beneficiaire ?? "" },
    { label: "Statut avant", value: (r) => r.from ?? "" },
    { label: "Statut maintenant", value: (r) => r.to ?? "" },
    { label: "Date de vote", value: (r) => dateOrBlank(r.day), raw: (r) => r.day }
  ], { caption: "Changements de statut", document });
}

/** The new payments, a refund shown as such with a negative amount. */
export function newPaymentsTable(rows: EvolutionsPage["newPayments"], { document }: Options = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "N° mandat", value: (r) => r.mandat },
    { label: "N° dossier", value: (r) => r.dossier },
    { label: "Bénéficiaire", value: (r) => r.beneficiaire ?? "" },
    { label: "Type", value: (r) => (r.type === "Reversement" ? "Reversement (remboursement)" : r.type) },
    { label: "Payé le", value: (r) => formatDate(r.day), raw: (r) => r.day },
    { label: "Montant", value: (r) => formatEuros(r.amount, { cents: true }), raw: (r) => r.amount, align: "right" }
  ], { caption: "Nouveaux paiements (reversements en négatif)", document });
}

/** Dossiers that entered or left alert, with the rules in French and their codes. */
export function alertChangesTable(rows: EvolutionsPage["newAlerts"], caption: string, { document }: Options = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "N° dossier", value: (r) => r.dossier },
    { label: "Bénéficiaire", value: (r) => r.beneficiaire ?? "" },
    { label: "Règles", value: (r) => r.rules.map((rule) => `${rule.label} (${rule.code})`).join(" ; ") }
  ], { caption, document });
}

/** Rejected rows that appeared or disappeared: file, value at fault, reason. */
export function rejectedChangesTable(rows: EvolutionsPage["newRejected"], caption: string, { document }: Options = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "Fichier", value: (r) => r.file },
    { label: "Valeur", value: (r) => r.value ?? "" },
    { label: "Motif", value: (r) => r.reason }
  ], { caption, document });
}
