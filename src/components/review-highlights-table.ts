import type { ReviewHighlight } from "../../loaders/site/review-page.js";
import { dataTable } from "./data-table.js";
import { DEPARTEMENT_NAMES } from "./departements.js";
import { MISSING, formatDate, formatInteger } from "./format.js";

/** A few of the year's events: title, organisation (the dossier's beneficiary, never a person), place, date and participants. */
export function reviewHighlightsTable(year: number, highlights: readonly ReviewHighlight[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(highlights, [
    { label: "Événement", value: (d) => d.intitule ?? "Sans intitulé" },
    { label: "Organisation", value: (d) => d.beneficiaire ?? MISSING },
    { label: "Commune", value: (d) => `${d.commune} (${DEPARTEMENT_NAMES[d.departement] ?? d.departement})` },
    { label: "Date", value: (d) => (d.dateAction ? formatDate(d.dateAction) : MISSING) },
    { label: "Participants", value: (d) => (d.participants === null ? MISSING : formatInteger(d.participants)), align: "right" }
  ], { caption: `Événements labellisés en ${year} ayant réuni le plus de participants`, document });
}
