import { dataTable } from "./data-table.js";
import { MISSING, formatDate } from "./format.js";
import { formatScore, meanScore } from "./social-scores.js";

/** One row of the scores table: a project (or the average), its committee date (`YYYY-MM-DD`) and its scores (0–3). */
export interface ScoresRow {
  label: string;
  date: string | null;
  scores: readonly number[];
}

/** The scores as a table, project × marker, with each row's mean over the markers; the date column only when a row has one. */
export function socialScoresTable(rows: readonly ScoresRow[], markers: readonly string[], { caption, document }: { caption: string; document?: Document }): HTMLTableElement {
  const dated = rows.some((row) => row.date);
  return dataTable(rows, [
    { label: "Projet", value: (row) => row.label },
    ...(dated ? [{ label: "Comité", value: (row: ScoresRow) => (row.date ? formatDate(row.date) : MISSING) }] : []),
    ...markers.map((marker, i) => ({ label: `${i + 1}. ${marker}`, value: (row: ScoresRow) => formatScore(row.scores[i] ?? NaN), align: "right" as const })),
    { label: "Moyenne", value: (row) => formatScore(meanScore(row.scores)), raw: (row) => meanScore(row.scores), format: { style: "number", digits: 1 }, align: "right" },
  ], { caption, document });
}
