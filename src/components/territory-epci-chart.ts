import * as Plot from "@observablehq/plot";
import type { EpciRow } from "../../loaders/site/territories-page.js";
import { ACCENT, CHART_STYLE, type ChartOptions, TRACK, asImage, chartWidth } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatCount, formatInteger } from "./format.js";
import { formatPer100k } from "./territory-format.js";

/** Which figure of the EPCI a ranking shows: events per 100 000 inhabitants, or counted events. */
export type EpciRankKey = "per100k" | "events";

export interface EpciRankOptions extends ChartOptions {
  key: EpciRankKey;
}

/** Height of one EPCI's row (px): its name on top, its bar under it. */
const ROW_HEIGHT = 42;
/** Height of a row whose value goes on a line of its own, under the name (px). */
const STACKED_ROW_HEIGHT = 58;
/** Font size of the chart's text (px), to size the names that fit beside the values. */
const FONT_SIZE = 12;
/** Rough width of a character of the UI font at that size (px): enough to keep a name clear of its value. */
const CHAR_WIDTH = 6.6;

/** "CA du Beauvaisis (60)". */
export function epciLabel(epci: EpciRow): string {
  return `${epci.name} (${epci.departement})`;
}

/** The value written at the end of an EPCI's row: `18,06 · 1 événement` (rate), `15 événements` (count). */
export function epciValueLabel(epci: EpciRow, key: EpciRankKey): string {
  const events = formatCount(epci.events, "événement", "événements");
  return key === "per100k" ? `${formatPer100k(epci.per100k)} · ${events}` : events;
}

/**
 * Ranked horizontal bars of EPCI, in the order given: each row has the EPCI's name on the left and its value on
 * the right above a bar of events per 100 000 inhabitants or of counted events. When a name would not fit beside
 * its value (a phone), every value goes on a line of its own under the name, which then has the whole width.
 */
export function epciRankChart(rows: readonly EpciRow[], { width, key, document }: EpciRankOptions): SVGSVGElement | HTMLElement {
  const w = chartWidth(width);
  const data = rows.map((row, i) => ({ row, i, value: row[key], label: epciLabel(row), valueLabel: epciValueLabel(row, key) }));
  const max = Math.max(key === "per100k" ? 0.01 : 1, ...data.map((d) => d.value));
  const longestValue = Math.max(0, ...data.map((d) => d.valueLabel.length));
  // Ems left for the name once the value is written on the same line (Plot cuts longer text with an ellipsis).
  const besideValue = Math.max(8, (w - longestValue * CHAR_WIDTH - 16) / FONT_SIZE);
  const stacked = data.some((d) => d.label.length * CHAR_WIDTH > besideValue * FONT_SIZE);
  const nameWidth = stacked ? Math.max(8, (w - 8) / FONT_SIZE) : besideValue;
  // Where each line of a row sits, in rows: name, value, then the bar.
  const at = stacked ? { name: 0.2, value: 0.45, bar: [0.6, 0.88] } : { name: 0.3, value: 0.3, bar: [0.52, 0.88] };
  const unit = key === "per100k" ? "événements pour 100 000 habitants" : "événements comptés";
  return asImage(
    Plot.plot({
      document,
      width: w,
      height: Math.max(1, rows.length) * (stacked ? STACKED_ROW_HEIGHT : ROW_HEIGHT) + 8,
      marginTop: 4,
      marginBottom: 4,
      marginLeft: 1,
      marginRight: 1,
      style: { ...CHART_STYLE, fontSize: `${FONT_SIZE}px` },
      ariaLabel: `EPCI classés par ${unit}`,
      ariaDescription: data.map((d) => `${d.i + 1}. ${d.label} : ${key === "per100k" ? `${formatPer100k(d.value)} pour 100 000 habitants (${formatCount(d.row.events, "événement", "événements")})` : formatCount(d.value, "événement", "événements")}.`).join(" "),
      x: { domain: [0, max], axis: null },
      y: { domain: [0, Math.max(1, rows.length)], reverse: true, axis: null },
      marks: [
        Plot.rectX(data, { x1: 0, x2: max, y1: (d) => d.i + at.bar[0]!, y2: (d) => d.i + at.bar[1]!, fill: TRACK, rx: 2 }),
        Plot.rectX(data, { x1: 0, x2: "value", y1: (d) => d.i + at.bar[0]!, y2: (d) => d.i + at.bar[1]!, fill: ACCENT, rx: 2, title: (d) => `${d.label} : ${d.valueLabel}` }),
        Plot.text(data, { x: 0, y: (d) => d.i + at.name, text: "label", textAnchor: "start", lineWidth: nameWidth, textOverflow: "ellipsis", fontWeight: 500 }),
        Plot.text(data, { x: stacked ? 0 : max, y: (d) => d.i + at.value, text: "valueLabel", textAnchor: stacked ? "start" : "end", fontWeight: 600 }),
      ],
    }),
  );
}

/** How to read a ranking, shown under it; `shown` of `total` EPCI with events are drawn. */
export function epciRankCaption(key: EpciRankKey, shown: number, total: number): string {
  const what = key === "per100k"
    ? "Événements comptés pour 100 000 habitants de l’EPCI (population municipale de l’EPCI entier) ; un petit EPCI avec un seul événement peut arriver en tête."
    : "Événements comptés dans les communes de l’EPCI.";
  const rest = shown < total ? ` Les ${formatInteger(shown)} premiers des ${formatInteger(total)} EPCI ayant au moins un événement ; tous sont dans les données.` : "";
  return `${what}${rest} Entre parenthèses, le département où vit la majorité des habitants de l’EPCI.`;
}

/** Every ranked EPCI (not only those drawn): rank, département, population, events, events per 100 000 inhabitants. */
export function epciRankTable(rows: readonly EpciRow[], { key, hrefOf, document }: { key: EpciRankKey; hrefOf?: (row: EpciRow) => string | null; document?: Document }): HTMLTableElement {
  const ranked = rows.map((row, i) => ({ row, rank: i + 1 }));
  return dataTable(ranked, [
    { label: "EPCI", value: (d) => d.row.name },
    { label: "Rang", value: (d) => formatInteger(d.rank), raw: (d) => d.rank, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Département", value: (d) => d.row.departement },
    { label: "Population", value: (d) => formatInteger(d.row.population), raw: (d) => d.row.population, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Événements", value: (d) => formatInteger(d.row.events), raw: (d) => d.row.events, format: { style: "number", digits: 0 }, align: "right", ...(hrefOf ? { href: (d: { row: EpciRow }) => (d.row.events > 0 ? hrefOf(d.row) : null) } : {}) },
    { label: "Pour 100 000 hab.", value: (d) => formatPer100k(d.row.per100k), raw: (d) => d.row.per100k, format: { style: "number", digits: 2 }, align: "right" },
  ], { caption: key === "per100k" ? "EPCI classés par événements pour 100 000 habitants" : "EPCI classés par nombre d’événements", document });
}
