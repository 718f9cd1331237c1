import type { ReviewEvents } from "../../loaders/site/review-page.js";
import { dataTable } from "./data-table.js";
import { DEPARTEMENT_NAMES } from "./departements.js";
import { formatInteger } from "./format.js";

/** The EPCI that hosted the year's counted events, by count (counts). */
export function reviewEpciTable(year: number, events: Pick<ReviewEvents, "byEpci">, { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(events.byEpci, [
    { label: "Intercommunalité (EPCI)", value: (d) => d.name },
    { label: "Département", value: (d) => DEPARTEMENT_NAMES[d.departement] ?? d.departement },
    { label: "Événements", value: (d) => formatInteger(d.count), raw: (d) => d.count, format: { style: "number", digits: 0 }, align: "right" }
  ], { caption: `Intercommunalités ayant accueilli un événement labellisé en ${year}`, document });
}
