import type { ReviewScheme } from "../../loaders/site/review-page.js";
import { dataTable } from "./data-table.js";
import { formatEuros, formatInteger } from "./format.js";

/** How each INS'pir scheme is named in a review. */
const SCHEME_LABELS: Readonly<Record<string, string>> = {
  "INS'pir - Événement créatif": "Événements créatifs (labellisés)",
  "INS'pir - Expérimentation": "Expérimentations (votées)",
  "INS'pir - Structure d'accompagnement": "Structures d’accompagnement (votées)"
};

/** The year's INS'pir dossiers by scheme: how many were labelled or voted, and the amount engaged on them (€), with a total row. */
export function reviewSchemesTable(year: number, schemes: readonly ReviewScheme[], { document }: { document?: Document } = {}): HTMLTableElement {
  const total = { dispositif: "Total", dossiers: schemes.reduce((n, s) => n + s.dossiers, 0), engaged: schemes.reduce((n, s) => n + Math.round(s.engaged * 100), 0) / 100 };
  return dataTable([...schemes, total], [
    { label: "Dispositif INS’pir", value: (d) => SCHEME_LABELS[d.dispositif] ?? d.dispositif },
    { label: "Dossiers", value: (d) => formatInteger(d.dossiers), raw: (d) => d.dossiers, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Engagé", value: (d) => formatEuros(d.engaged), raw: (d) => d.engaged, format: { style: "euros", cents: false }, align: "right" }
  ], { caption: `Dossiers INS’pir décidés en ${year} et montants engagés`, document });
}
