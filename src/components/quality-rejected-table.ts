import type { DataQualityPage } from "../../loaders/site/data-quality-page.js";
import { dataTable } from "./data-table.js";
import { formatInteger } from "./format.js";

type Rejection = DataQualityPage["rejected"][number];
type ColumnCount = DataQualityPage["byColumn"][number];

/** Shown for an empty cell of the export, so that it is not mistaken for a missing table cell. */
const EMPTY_VALUE = "(vide)";

/** The rejected rows: file (row header), line in the file (header = line 1), column(s), value as read, reason. */
export function qualityRejectedTable(rows: readonly Rejection[], { caption, document }: { caption: string; document?: Document }): HTMLTableElement {
  return dataTable(rows, [
    { label: "Fichier", value: (r) => r.file },
    { label: "Ligne", value: (r) => formatInteger(r.line), raw: (r) => r.line, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Colonne", value: (r) => r.column },
    { label: "Valeur lue", value: (r) => (r.value === "" ? EMPTY_VALUE : r.value) },
    { label: "Motif du rejet", value: (r) => r.reason },
  ], { caption, document });
}

/** Rejections counted by file and column (a row with several faults counts once in each of its columns). */
export function qualityColumnCountsTable(counts: readonly ColumnCount[], { caption, document }: { caption: string; document?: Document }): HTMLTableElement {
  return dataTable(counts, [
    { label: "Fichier", value: (c) => c.file },
    { label: "Colonne", value: (c) => c.column },
    { label: "Lignes rejetées", value: (c) => formatInteger(c.rows), raw: (c) => c.rows, format: { style: "number", digits: 0 }, align: "right" },
  ], { caption, document });
}
