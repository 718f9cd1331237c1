import { svg } from "htl";
import type { DepartementOutlines } from "../../loaders/site/departement-outlines.js";
import { chartWidth } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatCount, formatInteger } from "./format.js";
import { labelPoint } from "./map-path-geometry.js";
import type { DepartementRow } from "./territory-events.js";
import { formatPer100k } from "./territory-format.js";

/** Widest the map is drawn (px): beyond that it only takes room from the tables. */
export const MAP_MAX_WIDTH = 460;
/** Share of the theme's blue (%) in the fill of a value of 0, and of the highest value. */
const MIN_MIX = 12;
const MAX_MIX = 100;

/** The fill of a département for `value` on a scale from 0 to `max`: the theme's blue mixed into the card's background. */
export function choroplethFill(value: number, max: number): string {
  const t = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const mix = Math.round(MIN_MIX + (MAX_MIX - MIN_MIX) * t);
  return `color-mix(in srgb, var(--theme-blue) ${mix}%, var(--theme-background-alt))`;
}

export interface ChoroplethOptions {
  /** Width of the container (px). */
  width: number;
  /** Codes of the départements of the selected territory, outlined thicker; all when omitted. */
  highlight?: readonly string[];
}

/** One sentence per département for screen readers: `Nord : 1,15 événement pour 100 000 habitants (30 événements).` */
export function describeDepartementRate(row: DepartementRow): string {
  return `${row.name} : ${formatPer100k(row.per100k)} pour 100 000 habitants (${formatCount(row.events, "événement", "événements")}).`;
}

/**
 * Choropleth of the five départements, drawn with htl from the outlines of the dataset: the darker the blue, the
 * more events per 100 000 inhabitants; each département also carries its name and value in a text label, so
 * the colour never carries the meaning alone. Needs a global `document` (htl's).
 */
export function departementChoropleth(map: DepartementOutlines, rows: readonly DepartementRow[], { width, highlight }: ChoroplethOptions): SVGElement {
  const [, , viewWidth = 1, viewHeight = 1] = map.viewBox.split(/[\s,]+/).map(Number);
  const w = Math.round(Math.min(MAP_MAX_WIDTH, chartWidth(width)));
  const h = Math.round((w * viewHeight) / viewWidth);
  // Sizes are in the view box's units: px ÷ scale.
  const scale = w / viewWidth;
  const font = 12.5 / scale;
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const max = Math.max(0, ...rows.map((row) => row.per100k));
  const selected = new Set(highlight ?? rows.map((row) => row.code));
  const shapes = map.outlines.map((outline) => {
    const row = byCode.get(outline.code);
    const fill = choroplethFill(row?.per100k ?? 0, max);
    const thick = selected.has(outline.code) && selected.size < map.outlines.length;
    return svg`<path d=${outline.path} style=${`fill: ${fill}; stroke: var(--theme-foreground); stroke-width: ${(thick ? 3 : 1) / scale}px; stroke-linejoin: round`}></path>`;
  });
  const labels = map.outlines.map((outline) => {
    const row = byCode.get(outline.code);
    const [x, y] = labelPoint(outline.path);
    const name = row?.name ?? outline.code;
    const value = row ? formatPer100k(row.per100k) : "–";
    const boxWidth = (Math.max(name.length, value.length) * 0.62 + 1) * font;
    const boxHeight = 2.7 * font;
    return svg`<g class="map-label">
      <rect x=${x - boxWidth / 2} y=${y - boxHeight / 2} width=${boxWidth} height=${boxHeight} rx=${font * 0.35} style=${`fill: var(--theme-background); fill-opacity: 0.9; stroke: var(--theme-foreground-faint); stroke-width: ${0.75 / scale}px`}></rect>
      <text x=${x} y=${y - 0.2 * font} text-anchor="middle" style=${`fill: var(--theme-foreground); font-size: ${font}px; font-weight: 500`}>${name}</text>
      <text x=${x} y=${y + 1.0 * font} text-anchor="middle" style=${`fill: var(--theme-foreground); font-size: ${font}px; font-weight: 700`}>${value}</text>
    </g>`;
  });
  const description = [...rows].sort((a, b) => a.code.localeCompare(b.code)).map(describeDepartementRate).join(" ");
  return svg`<svg class="map-choropleth" role="img" width=${w} height=${h} viewBox=${map.viewBox}
    aria-label="Carte des départements des Hauts-de-France : événements comptés pour 100 000 habitants"
    aria-description=${description}
    style="display: block; max-width: 100%; height: auto; font-family: var(--sans-serif)">${shapes}${labels}</svg>`;
}

/**
 * The colour scale of the map as a bar from 0 to the highest value, with its two ends written out; its title says
 * what is measured. Built with the DOM (`document` is jsdom's in tests).
 */
export function choroplethLegend(rows: readonly DepartementRow[], { document = globalThis.document }: { document?: Document } = {}): HTMLElement {
  const max = Math.max(0, ...rows.map((row) => row.per100k));
  const legend = document.createElement("div");
  legend.className = "map-legend";
  legend.setAttribute("style", "max-width: 16rem; font-size: 0.8rem; color: var(--text-secondary); margin-bottom: 0.5rem");
  const title = legend.appendChild(document.createElement("p"));
  title.className = "map-legend-title";
  title.setAttribute("style", "margin: 0 0 0.2rem; font-weight: 600; color: var(--theme-foreground)");
  title.textContent = "Événements pour 100 000 habitants";
  const ramp = legend.appendChild(document.createElement("div"));
  ramp.className = "map-legend-ramp";
  ramp.setAttribute("aria-hidden", "true");
  ramp.setAttribute("style", `background: linear-gradient(to right, ${choroplethFill(0, 1)}, ${choroplethFill(1, 1)}); border: 1px solid var(--theme-foreground-faint); height: 0.7rem; border-radius: 2px`);
  const ends = legend.appendChild(document.createElement("p"));
  ends.className = "map-legend-ends";
  ends.setAttribute("style", "display: flex; justify-content: space-between; margin: 0.15rem 0 0; font-variant-numeric: tabular-nums");
  for (const text of [formatPer100k(0), formatPer100k(max)]) ends.appendChild(document.createElement("span")).textContent = text;
  return legend;
}

/** How to read the map, shown under it. */
export const CHOROPLETH_CAPTION =
  "Événements comptés dans les communes de chaque département, pour 100 000 habitants du département (population municipale). Plus le bleu est foncé, plus le taux est élevé ; la valeur est écrite sur chaque département.";

/** The map's data: each département, then each versant and the region (events, population, events per 100 000 inhabitants). */
export function choroplethTable(rows: readonly { label: string; events: number; population: number; per100k: number }[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "Territoire", value: (d) => d.label },
    { label: "Événements", value: (d) => formatInteger(d.events), raw: (d) => d.events, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Population", value: (d) => formatInteger(d.population), raw: (d) => d.population, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Pour 100 000 hab.", value: (d) => formatPer100k(d.per100k), raw: (d) => d.per100k, format: { style: "number", digits: 2 }, align: "right" },
  ], { caption: "Événements comptés par département et par versant, pour 100 000 habitants", document });
}
