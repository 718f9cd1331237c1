import type { ReviewHighlight } from "../../loaders/site/review-page.js";
import { dataTable } from "./data-table.js";
import { DEPARTEMENT_NAMES } from "./departements.js";
import { MISSING, formatCount, formatDate, formatInteger } from "./format.js";

/** How many of the highlighted events take place after the year of their label (their review's year). */
export function heldLaterCount(year: number, highlights: readonly ReviewHighlight[]): number {
  return highlights.filter((h) => h.dateAction !== null && Number(h.dateAction.slice(0, 4)) > year).length;
}

/** The table's caption: why these events are the year's (their label), and how many of them take place the next year or later. */
export function reviewHighlightsCaption(year: number, highlights: readonly ReviewHighlight[]): string {
  const later = heldLaterCount(year, highlights);
  const note = later === 0 ? "" : ` ; ${later === 1 ? "l’un d’eux se déroule" : `${formatCount(later, "se déroule", "se déroulent")}`} après ${year}`;
  return `Événements labellisés en ${year} ayant réuni le plus de participants (ils sont rattachés à ${year} par la date de leur label${note})`;
}

/** A few of the year's events: title, organisation (the dossier's beneficiary, never a person), place, label date, event date and participants. */
export function reviewHighlightsTable(year: number, highlights: readonly ReviewHighlight[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(highlights, [
    { label: "Événement", value: (d) => d.intitule ?? "Sans intitulé" },
    { label: "Organisation", value: (d) => d.beneficiaire ?? MISSING },
    { label: "Commune", value: (d) => `${d.commune} (${DEPARTEMENT_NAMES[d.departement] ?? d.departement})` },
    { label: "Labellisé le", value: (d) => formatDate(d.dateVote) },
    { label: "Se déroule le", value: (d) => (d.dateAction ? formatDate(d.dateAction) : MISSING) },
    { label: "Participants", value: (d) => (d.participants === null ? MISSING : formatInteger(d.participants)), align: "right" }
  ], { caption: reviewHighlightsCaption(year, highlights), document });
}
