import * as Plot from "@observablehq/plot";
import type { TiersLieuxPage } from "../../loaders/site/tiers-lieux-page.js";
import { ACCENT, CHART_STYLE, type ChartOptions, INK, TRACK, asImage, chartWidth } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { departementLabel } from "./departements.js";
import { formatEuros, formatInteger } from "./format.js";
import type { ScheduleMark } from "./tiers-lieux-rows.js";

/** Below this width (px), the plan years are stacked instead of side by side. */
const COMPACT_WIDTH = 640;
/** Background of the cards, behind the labels so that they stay readable over the stems and rules. */
const HALO = "var(--theme-background-alt)";

/** "45 k€": an axis tick in thousands of euros. */
export function kiloEuros(amount: number): string {
  return `${formatInteger(amount / 1000)} k€`;
}

/** The name cut to `max` characters, with an ellipsis when it was longer. */
export function shortName(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** What is printed beside a mark that breaks a rule: the amount, and the number of aids when there are several. */
export function markLabel(mark: ScheduleMark): string {
  return `${formatEuros(mark.fonctionnement)}${mark.dossiers > 1 ? ` · ${mark.dossiers} aides` : ""}`;
}

/** The EPCI-years above their cap or with several aids, in words: "CC du Val de Somme, année 1 : 75 000 € (2 aides)"; empty when none. */
export function flaggedMarksText(marks: readonly ScheduleMark[]): string {
  return marks
    .filter((m) => m.over || m.dossiers > 1)
    .map((m) => `${m.name}, année ${m.annee} : ${formatEuros(m.fonctionnement)}${m.over ? ` pour un plafond de ${formatEuros(m.cap)}` : ""}${m.dossiers > 1 ? ` (${m.dossiers} aides)` : ""}`)
    .join(" ; ");
}

/** One sentence per EPCI-year for screen readers. */
export function describeMark(mark: ScheduleMark): string {
  const state = mark.over ? `au-dessus du plafond de ${formatEuros(mark.cap)}` : `plafond ${formatEuros(mark.cap)}`;
  return `${mark.name}, année ${mark.annee} : ${formatEuros(mark.fonctionnement)} (${state})${mark.dossiers > 1 ? `, ${mark.dossiers} aides votées` : ""}.`;
}

/**
 * The voted fonctionnement of each EPCI in each plan year (€), one panel per year with its cap as a dashed rule:
 * a round dot per EPCI-year within the cap, a larger triangle with its amount written beside it when above the cap
 * or when the EPCI got several aids that year.
 */
export function tiersLieuxScheduleChart(
  marks: readonly ScheduleMark[],
  schedule: TiersLieuxPage["schedule"],
  { width, document }: ChartOptions,
): SVGSVGElement | HTMLElement {
  const w = chartWidth(width);
  const compact = w < COMPACT_WIDTH;
  const names = [...new Set(marks.map((m) => m.name))].sort((a, b) => a.localeCompare(b, "fr"));
  const longest = Math.max(0, ...names.map((n) => n.length));
  const nameChars = compact ? 20 : 34;
  // About 7 px per character of the 12 px names.
  const marginLeft = Math.min(nameChars, Math.max(8, longest)) * 7 + 10;
  const maxCap = Math.max(0, ...schedule.map((s) => s.cap));
  const max = Math.max(maxCap, ...marks.map((m) => m.fonctionnement));
  // The caps are the ticks; a narrow panel keeps only the largest, so that the labels do not overlap.
  const caps = [...new Set([0, ...schedule.map((s) => s.cap)])].sort((a, b) => a - b);
  const ticks = compact ? [0, maxCap] : caps;
  const facet = compact ? "fy" : "fx";
  const years = schedule.map((s) => s.annee);
  const title = (annee: number) => `Année ${annee} · plafond ${formatEuros(schedule.find((s) => s.annee === annee)?.cap ?? 0)}`;
  // On a narrow screen the amounts would cover the names: the page lists them under the chart (flaggedMarksText).
  const flagged = compact ? [] : marks.filter((m) => m.over || m.dossiers > 1);
  const rowHeight = compact ? 17 : 22;
  const rows = Math.max(1, names.length);
  const panelHeight = rows * rowHeight;
  return asImage(
    Plot.plot({
      document,
      width: w,
      height: compact ? years.length * (panelHeight + 44) + 30 : panelHeight + 70,
      marginLeft,
      marginRight: 12,
      marginTop: compact ? 30 : 36,
      marginBottom: 28,
      style: CHART_STYLE,
      ariaLabel: "Fonctionnement voté par EPCI et par année du plan, face au plafond de chaque année",
      ariaDescription: marks.map(describeMark).join(" "),
      x: { domain: [0, max * 1.02], ticks, tickFormat: kiloEuros, label: null, grid: true },
      y: { domain: names, label: null, tickSize: 0, tickFormat: (n: string) => shortName(n, nameChars) },
      fx: compact ? undefined : { domain: years, label: null, tickFormat: title, padding: 0.12 },
      fy: compact ? { domain: years, axis: null, padding: 44 / (panelHeight + 44) } : undefined,
      marks: [
        // The year titles of stacked panels, written above each one (the facet axis would sit at the side).
        compact ? Plot.text(years, { [facet]: (d: number) => d, frameAnchor: "top-left", dx: -marginLeft + 4, dy: -22, text: title, fontWeight: 600, fontSize: 13 }) : null,
        Plot.ruleY(marks, { [facet]: "annee", y: "name", x1: 0, x2: "fonctionnement", stroke: TRACK, strokeWidth: 2 }),
        Plot.ruleX(schedule, { [facet]: "annee", x: "cap", stroke: INK, strokeWidth: 1.5, strokeDasharray: "4,3" }),
        Plot.dot(marks.filter((m) => !m.over), { [facet]: "annee", x: "fonctionnement", y: "name", r: 4.5, fill: ACCENT, stroke: HALO, strokeWidth: 1 }),
        Plot.dot(marks.filter((m) => m.over), { [facet]: "annee", x: "fonctionnement", y: "name", r: 7, symbol: "triangle", fill: INK, stroke: HALO, strokeWidth: 1 }),
        Plot.text(flagged, {
          [facet]: "annee",
          x: "fonctionnement",
          y: "name",
          text: markLabel,
          textAnchor: "end",
          dx: -10,
          fontWeight: 600,
          fill: INK,
          stroke: HALO,
          strokeWidth: 4,
        }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

/** How to read the chart, shown under it. */
export const TIERS_LIEUX_SCHEDULE_CAPTION =
  "Un point par EPCI et par année du plan : le montant de fonctionnement voté. Le trait vertical en tirets marque le plafond de l’année (45 000, 30 000 puis 15 000 €). Un triangle signale un dépassement du plafond. Sous le graphique (et à côté du point sur un écran large) sont écrits les montants hors calendrier, avec le nombre d’aides quand un EPCI en a reçu plusieurs la même année.";

/** The chart's data: one row per EPCI-year (€), with the cap and whether it is exceeded. */
export function tiersLieuxScheduleTable(marks: readonly ScheduleMark[], { document }: { document?: Document } = {}): HTMLTableElement {
  return dataTable(marks, [
    { label: "EPCI", value: (m) => m.name },
    { label: "Département", value: (m) => departementLabel(m.departement) },
    { label: "Année du plan", value: (m) => String(m.annee), align: "right" },
    { label: "Aides votées", value: (m) => formatInteger(m.dossiers), raw: (m) => m.dossiers, format: { style: "number", digits: 0 }, align: "right" },
    { label: "Fonctionnement voté", value: (m) => formatEuros(m.fonctionnement, { cents: true }), raw: (m) => m.fonctionnement, format: { style: "euros", cents: true }, align: "right" },
    { label: "Plafond de l’année", value: (m) => formatEuros(m.cap), raw: (m) => m.cap, format: { style: "euros", cents: false }, align: "right" },
    { label: "Au-dessus du plafond", value: (m) => (m.over ? "oui" : "non") },
  ], { caption: "Fonctionnement voté par EPCI et par année du plan, face au plafond de l’année", document });
}
