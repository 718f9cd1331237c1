import type { ReviewEvents } from "../../loaders/site/review-page.js";
import { dataTable } from "./data-table.js";
import { DEPARTEMENT_NAMES, departementLabel } from "./departements.js";
import { formatInteger } from "./format.js";

/** How to read the département chart of a review, shown under it. */
export function reviewDepartementCaption(year: number): string {
  return `Événements créatifs labellisés en ${year} (statut labellisé, voté ou soldé), selon le département de la commune où ils ont lieu.`;
}

/** The year's counted events by département (counts). */
export function reviewDepartementTable(year: number, events: Pick<ReviewEvents, "byDepartement">, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(events.byDepartement, [
    { label: "Département", value: (d) => departementLabel(d.code) },
    { label: "Événements", value: (d) => formatInteger(d.count), raw: (d) => d.count, format: { style: "number", digits: 0 }, align: "right" }
  ], { caption: `Événements créatifs labellisés en ${year} par département`, document });
}

/** The EPCI that hosted the year's counted events, by count (counts). */
export function reviewEpciTable(year: number, events: Pick<ReviewEvents, "byEpci">, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(events.byEpci, [
    { label: "Intercommunalité (EPCI)", value: (d) => d.name },
    { label: "Département", value: (d) => DEPARTEMENT_NAMES[d.departement] ?? d.departement },
    { label: "Événements", value: (d) => formatInteger(d.count), raw: (d) => d.count, format: { style: "number", digits: 0 }, align: "right" }
  ], { caption: `Intercommunalités ayant accueilli un événement labellisé en ${year}`, document });
}
