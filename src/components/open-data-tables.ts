import type { OpenDataSummary } from "../../loaders/opendata/opendata-export.js";
import { dataTable } from "./data-table.js";
import { OPEN_DATA_FIELDS } from "./open-data-fields.js";
import { formatEuros, formatInteger } from "./format.js";

/** The French words for each way a grant is paid, as the file writes them. */
const CONDITION_LABELS: Record<string, string> = {
  unique: "unique (un seul jour de paiement)",
  échelonné: "échelonné (plusieurs paiements, ou période prévue)",
  autre: "autre"
};

/** The published grants by dispositif: count and voted amount (€), then the total. */
export function openDataDispositifTable(summary: Pick<OpenDataSummary, "byDispositif" | "rows" | "montant">, { document }: { document?: Document } = {}): HTMLTableElement {
  const rows = [...summary.byDispositif.map((d) => ({ label: d.dispositif, rows: d.rows, montant: d.montant })), { label: "Total", rows: summary.rows, montant: summary.montant }];
  return dataTable(rows, [
    { label: "Dispositif", value: (r) => r.label },
    { label: "Subventions publiées", value: (r) => formatInteger(r.rows), format: { style: "number", digits: 0 }, raw: (r) => r.rows, align: "right" },
    { label: "Montant voté", value: (r) => formatEuros(r.montant), format: { style: "euros", cents: false }, raw: (r) => r.montant, align: "right" }
  ], { caption: "Subventions publiées par dispositif", document });
}

/** The published grants by status (Voté, Soldé, Caduc): count and voted amount (€). */
export function openDataStatusTable(summary: Pick<OpenDataSummary, "byStatut">, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(summary.byStatut, [
    { label: "Statut du dossier", value: (r) => r.statut },
    { label: "Subventions publiées", value: (r) => formatInteger(r.rows), format: { style: "number", digits: 0 }, raw: (r) => r.rows, align: "right" },
    { label: "Montant voté", value: (r) => formatEuros(r.montant), format: { style: "euros", cents: false }, raw: (r) => r.montant, align: "right" }
  ], { caption: "Subventions publiées par statut", document });
}

/** The published grants by `conditionsVersement`. */
export function openDataConditionsTable(summary: Pick<OpenDataSummary, "byConditions">, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(summary.byConditions, [
    { label: "Conditions de versement", value: (r) => CONDITION_LABELS[r.conditions] ?? r.conditions, raw: (r) => r.conditions },
    { label: "Subventions publiées", value: (r) => formatInteger(r.rows), format: { style: "number", digits: 0 }, raw: (r) => r.rows, align: "right" }
  ], { caption: "Subventions publiées par conditions de versement", document });
}

/** What the Région writes in each column of the file. */
export function openDataFieldsTable({ document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(OPEN_DATA_FIELDS, [
    { label: "Colonne", value: (f) => f.field },
    { label: "Contenu", value: (f) => f.content }
  ], { caption: "Colonnes du fichier subventions.csv, dans l’ordre du modèle SCDL", document });
}

/** The awarded grants left out of the file because a required value is missing (dossier and reason). */
export function openDataUnpublishedTable(summary: Pick<OpenDataSummary, "unpublished">, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(summary.unpublished, [
    { label: "Dossier", value: (u) => u.dossier },
    { label: "Raison", value: (u) => u.reason }
  ], { caption: "Subventions votées absentes du fichier", document });
}
