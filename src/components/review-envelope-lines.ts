import type { ReviewEnvelopeLine } from "../../loaders/site/review-page.js";
import { dataTable } from "./data-table.js";
import { MISSING, formatDate, formatEuros } from "./format.js";

/** Whether a line of the envelope counts on 31 December of `year`: undated, or dated that day or before. */
export function countsAtYearEnd(line: Pick<ReviewEnvelopeLine, "date">, year: number): boolean {
  return line.date === null || line.date <= `${year}-12-31`;
}

/** The envelope's composition: each line, its reference and date, and whether it counts in the year's envelope. */
export function reviewEnvelopeLinesTable(year: number, lines: readonly ReviewEnvelopeLine[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(lines, [
    { label: "Section", value: (d) => d.section },
    { label: "Versant", value: (d) => d.versant },
    { label: "Montant", value: (d) => formatEuros(d.montant), align: "right" },
    { label: "Référence", value: (d) => d.reference ?? MISSING },
    { label: "Date", value: (d) => (d.date ? formatDate(d.date) : "depuis le début") },
    { label: `Compté fin ${year}`, value: (d) => (countsAtYearEnd(d, year) ? "oui" : "non, postérieur") }
  ], { caption: `Lignes de l’enveloppe INS’pir ; l’enveloppe fin ${year} additionne celles votées jusqu’au 31 décembre ${year}`, document });
}
