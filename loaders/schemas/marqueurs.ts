import * as cell from "./cell-parser.js";
import type { ColumnSpec, ExportSpec } from "./export-spec.js";
import { AMI, GODIN_MARKERS } from "./vocabulary.js";

const MARKER_COLUMNS: readonly ColumnSpec[] = GODIN_MARKERS.map((header, i) => ({
  header,
  name: `m${i + 1}`,
  cell: cell.markerScore,
  required: true,
  comment: `Note du marqueur ${header} (0 à 3)`
}));

/** `marqueurs`: one social-innovation assessment (AMI) with its twelve Institut Godin scores. */
export const MARQUEURS: ExportSpec = {
  kind: "marqueurs",
  table: "marqueurs",
  comment: "Notes des marqueurs d'innovation sociale de l'Institut Godin : une ligne par évaluation et par marqueur",
  columns: [
    { header: "N° dossier", name: "dossier_id", cell: cell.requiredText, required: true, comment: "Dossier AMI Innovation sociale évalué" },
    { header: "Date du comité", name: "date_comite", cell: cell.date, comment: "Date du comité" },
    ...MARKER_COLUMNS
  ],
  references: [{ column: "dossier_id", dispositif: AMI }],
  // The long form suits radars and averages.
  unpivot: {
    columns: MARKER_COLUMNS.map((c) => c.name),
    rank: { name: "marker_rank", type: "INTEGER", comment: "N° du marqueur, de 1 à 12", sql: "" },
    label: { name: "marker", type: "VARCHAR", comment: "Nom du marqueur", sql: "" },
    value: { name: "score", type: "DOUBLE", comment: "Note de 0 à 3 par demi-points", sql: "" }
  }
};
