import { dataTable } from "./data-table.js";
import { MISSING, formatInteger, formatPercent } from "./format.js";
import type { FunnelStep } from "./ideas-funnel.js";

/** How to read the funnel chart, shown under it. */
export const IDEAS_FUNNEL_CAPTION =
  "Nombre d’idées ayant atteint chaque étape ou une étape ultérieure (idées abandonnées comprises, comptées à l’étape la plus avancée qu’elles ont atteinte), et part des idées émergées.";

/** The funnel as a table: per stage, ideas that reached it, share of emerged, conversion from the previous stage, abandoned there. */
export function ideasFunnelTable(steps: readonly FunnelStep[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(steps, [
    { label: "Étape", value: (d) => d.stage },
    { label: "Idées ayant atteint l’étape", value: (d) => formatInteger(d.reached), raw: (d) => d.reached, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Part des idées émergées", value: (d) => formatPercent(d.shareOfEmerged), raw: (d) => d.shareOfEmerged, format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Passage depuis l’étape précédente", value: (d) => (d.conversion === null ? MISSING : formatPercent(d.conversion)), align: "right" },
    { label: "Idées arrêtées à cette étape", value: (d) => formatInteger(d.abandoned), raw: (d) => d.abandoned, format: { style: "number", digits: 0 }, align: "right" },
  ], { caption: "Parcours des idées issues des événements créatifs", document });
}
