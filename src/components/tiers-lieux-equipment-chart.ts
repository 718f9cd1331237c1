import * as Plot from "@observablehq/plot";
import { ACCENT, CHART_STYLE, type ChartOptions, INK, TRACK, asImage, chartWidth } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { MISSING, formatEuros } from "./format.js";
import type { EquipmentRow } from "./tiers-lieux-rows.js";
import { kiloEuros, shortName } from "./tiers-lieux-schedule-chart.js";

/** Below this width (px), names are shortened more. */
const COMPACT_WIDTH = 560;
/** Background of the cards, behind the labels so that they stay readable over the rules. */
const HALO = "var(--theme-background-alt)";

/** The row's name: the EPCI, and its plan year when the EPCI has equipment in several years. */
export function equipmentLabels(rows: readonly EquipmentRow[]): string[] {
  const count = new Map<string, number>();
  for (const row of rows) count.set(row.siren, (count.get(row.siren) ?? 0) + 1);
  return rows.map((row) => ((count.get(row.siren) ?? 0) > 1 ? `${row.name} (année ${row.annee ?? "?"})` : row.name));
}

/** One sentence per row for screen readers. */
export function describeEquipment(row: EquipmentRow, label: string): string {
  const broken = [row.overCap ? `au-dessus du plafond de ${formatEuros(row.cap)}` : "", row.overRate ? "au-delà de 50 % du coût total" : ""].filter(Boolean);
  return `${label} : ${formatEuros(row.investissement)} d’équipement pour un coût total de ${formatEuros(row.coutTotal)}, limite ${formatEuros(row.limit)}${broken.length ? ` (${broken.join(", ")})` : ""}.`;
}

/**
 * The equipment aid of each EPCI-year (€): a dot at the voted amount, a short vertical tick at its own limit (50 % of
 * the total cost, at most the cap), and the cap as a dashed rule; an aid above its limit is a triangle with its amount.
 */
export function tiersLieuxEquipmentChart(rows: readonly EquipmentRow[], cap: number, { width, document }: ChartOptions): SVGSVGElement | HTMLElement {
  const w = chartWidth(width);
  const nameChars = w < COMPACT_WIDTH ? 20 : 40;
  const labels = equipmentLabels(rows);
  const data = rows.map((row, i) => ({ ...row, label: labels[i] ?? row.name, over: row.overCap || row.overRate }));
  const longest = Math.max(8, ...labels.map((l) => Math.min(nameChars, l.length)));
  const max = Math.max(cap, ...rows.map((r) => Math.max(r.investissement, r.limit)));
  const step = cap / 3;
  // A narrow chart keeps only 0 and the cap, so that the tick labels do not overlap.
  const ticks = w < COMPACT_WIDTH ? [0, cap] : Array.from({ length: Math.floor((max * 1.02) / step) + 1 }, (_, k) => k * step);
  return asImage(
    Plot.plot({
      document,
      width: w,
      height: Math.max(1, rows.length) * 24 + 64,
      // About 7 px per character of the 12 px names.
      marginLeft: longest * 7 + 10,
      // Room for the amount written to the right of a triangle.
      marginRight: 76,
      marginTop: 30,
      marginBottom: 28,
      style: CHART_STYLE,
      ariaLabel: `Aide à l’équipement par EPCI face à sa limite : 50 % du coût total, au plus ${formatEuros(cap)}`,
      ariaDescription: data.map((d) => describeEquipment(d, d.label)).join(" "),
      x: { domain: [0, max * 1.02], ticks, tickFormat: kiloEuros, label: null, grid: true },
      y: { type: "band", domain: data.map((d) => d.label), padding: 0, label: null, tickSize: 0, tickFormat: (n: string) => shortName(n, nameChars) },
      marks: [
        Plot.ruleX([cap], { stroke: INK, strokeWidth: 1.5, strokeDasharray: "4,3" }),
        Plot.text([cap], { x: (d: number) => d, frameAnchor: "top", dy: -18, text: () => `plafond ${formatEuros(cap)}`, fontWeight: 600 }),
        Plot.ruleY(data, { y: "label", x1: 0, x2: "investissement", stroke: TRACK, strokeWidth: 2 }),
        // A row's own limit is drawn only when it is below the cap (otherwise it is the cap's dashed rule).
        Plot.tickX(data.filter((d) => d.limit < cap), { y: "label", x: "limit", stroke: INK, strokeWidth: 2, inset: 3 }),
        Plot.dot(data.filter((d) => !d.over), { x: "investissement", y: "label", r: 4.5, fill: ACCENT, stroke: HALO, strokeWidth: 1 }),
        Plot.dot(data.filter((d) => d.over), { x: "investissement", y: "label", r: 7, symbol: "triangle", fill: INK, stroke: HALO, strokeWidth: 1 }),
        Plot.text(data.filter((d) => d.over), { x: "investissement", y: "label", text: (d: EquipmentRow) => formatEuros(d.investissement), textAnchor: "start", dx: 10, fontWeight: 600, fill: INK, stroke: HALO, strokeWidth: 4 }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

/** How to read the chart, shown under it. */
export const TIERS_LIEUX_EQUIPMENT_CAPTION =
  "Un point par EPCI et par année ayant reçu une aide à l’équipement : le montant voté. Le trait en tirets marque le plafond de 30 000 € ; un petit trait vertical marque la limite de 50 % du coût total quand elle est plus basse. Un triangle, accompagné de son montant, signale une aide au-delà de sa limite.";

/** The chart's data: one row per EPCI-year with equipment (€). */
export function tiersLieuxEquipmentTable(rows: readonly EquipmentRow[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(rows, [
    { label: "EPCI", value: (r) => r.name },
    { label: "Année du plan", value: (r) => (r.annee === null ? MISSING : String(r.annee)), align: "right" },
    { label: "Équipement voté", value: (r) => formatEuros(r.investissement, { cents: true }), raw: (r) => r.investissement, format: { style: "euros", cents: true }, align: "right" },
    { label: "Coût total", value: (r) => formatEuros(r.coutTotal, { cents: true }), raw: (r) => r.coutTotal, format: { style: "euros", cents: true }, align: "right" },
    { label: "50 % du coût", value: (r) => formatEuros(r.rateLimit, { cents: true }), raw: (r) => r.rateLimit, format: { style: "euros", cents: true }, align: "right" },
    { label: "Limite applicable", value: (r) => formatEuros(r.limit, { cents: true }), raw: (r) => r.limit, format: { style: "euros", cents: true }, align: "right" },
    { label: "Dépassement", value: (r) => [r.overCap ? "plafond" : "", r.overRate ? "50 % du coût" : ""].filter(Boolean).join(", ") || "non" },
  ], { caption: "Aide à l’équipement par EPCI et par année, face au plafond et à 50 % du coût total", document });
}
