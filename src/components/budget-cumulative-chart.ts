import * as Plot from "@observablehq/plot";
import { type CumulativePoint, type EnvelopeStep, envelopeOn } from "./budget-cumulative.js";
import { ACCENT, CHART_STYLE, type ChartOptions, chartWidth, INK, asImage } from "./chart-theme.js";
import { dataTable } from "./data-table.js";
import { formatEuros, formatMonth, formatPercent } from "./format.js";
import { ratio } from "./ratio.js";

export interface BudgetCumulativeOptions extends ChartOptions {
  /** Envelope of the chosen lines as it stood (€), drawn as a dashed step: one level per dated decision (see envelopeSteps). */
  envelope: readonly EnvelopeStep[];
  /** First and last month shown (first days, UTC), so that the time axis stays put when filters change. */
  period: [Date, Date];
  /** Height in pixels (default 320). */
  height?: number;
}

// Room for the y tick labels ("700 000 €") on the left and the curves' names on the right (px).
const MARGIN_LEFT = 74;
const MARGIN_RIGHT = 70;
const MARGIN_TOP = 22;
const MARGIN_BOTTOM = 28;
/** Least vertical gap between the two curves' names (px). */
const LABEL_GAP = 15;

/**
 * Vertical offsets (px, negative = up) of the names written at the end of two curves whose ends are `a` and `b`
 * pixels apart on screen (positive when `a` is above `b`), pushing them apart to at least LABEL_GAP.
 */
export function labelOffsets(gap: number): [number, number] {
  const missing = LABEL_GAP - Math.abs(gap);
  if (missing <= 0) return [0, 0];
  const push = missing / 2;
  return gap >= 0 ? [-push, push] : [push, -push];
}

/** `date` (a first of month, UTC) moved by `count` months. */
function addMonths(date: Date, count: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1));
}

/**
 * Ticks of the time axis from `start` to `end` (firsts of months, UTC): each 1 January as a plain year when the
 * period holds at least two, else every third month in French words.
 */
export function timeTicks(start: Date, end: Date): { ticks: Date[]; tickFormat: (d: Date) => string } {
  const years: Date[] = [];
  for (let y = start.getUTCMonth() === 0 ? start.getUTCFullYear() : start.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= end.getTime(); y++) years.push(new Date(Date.UTC(y, 0, 1)));
  if (years.length >= 2) return { ticks: years, tickFormat: (d) => String(d.getUTCFullYear()) };
  const quarters: Date[] = [];
  for (let d = start; d <= end; d = addMonths(d, 3)) quarters.push(d);
  return { ticks: quarters, tickFormat: (d) => formatMonth(d.toISOString().slice(0, 7)) };
}

/** One sentence for screen readers: where both curves end, against the envelope, and when the envelope grew. */
export function describeCumulative(points: readonly CumulativePoint[], envelope: number, steps: readonly EnvelopeStep[] = []): string {
  const last = points.at(-1);
  const growth = steps.slice(1).map((s) => ` L’enveloppe passe à ${formatEuros(s.envelope)} en ${formatMonth(s.date.toISOString().slice(0, 7))}.`).join("");
  if (!last) return `Aucun engagement ni mandatement ; enveloppe de ${formatEuros(envelope)}.${growth}`;
  return `Fin ${formatMonth(last.month)} : ${formatEuros(last.engaged)} engagés (${formatPercent(ratio(last.engaged, envelope))} de l’enveloppe) et ${formatEuros(last.paid)} mandatés (${formatPercent(ratio(last.paid, envelope))}), depuis ${formatMonth(points[0]!.month)}, pour une enveloppe de ${formatEuros(envelope)}.${growth}`;
}

/**
 * Cumulative engaged (thick line) and paid (thin line) amounts in € by month, as steps, against the envelope
 * (dashed horizontal rule); each curve is named at its end and the rule above its left end.
 */
export function budgetCumulativeChart(points: readonly CumulativePoint[], { width, envelope: steps, period, height = 320, document }: BudgetCumulativeOptions): SVGSVGElement | HTMLElement {
  const w = chartWidth(width);
  const [start, lastMonth] = period;
  // The last level lasts until the end of the last month.
  const end = addMonths(lastMonth, 1);
  const last = points.at(-1);
  const series = last ? [...points, { ...last, date: end }] : [];
  const envelope = steps.at(-1)?.envelope ?? 0;
  const levels = [...steps, { date: end, envelope }];
  const max = Math.max(1, ...steps.map((s) => s.envelope), ...points.flatMap((p) => [p.engaged, p.paid]));
  const yMax = max * 1.08;
  const plotHeight = height - MARGIN_TOP - MARGIN_BOTTOM;
  const [engagedDy, paidDy] = last ? labelOffsets(((last.engaged - last.paid) / yMax) * plotHeight) : [0, 0];
  const { ticks, tickFormat } = timeTicks(start, end);
  return asImage(
    Plot.plot({
      document,
      width: w,
      height,
      marginLeft: MARGIN_LEFT,
      marginRight: MARGIN_RIGHT,
      marginTop: MARGIN_TOP,
      marginBottom: MARGIN_BOTTOM,
      style: CHART_STYLE,
      ariaLabel: "Montants engagés et mandatés cumulés au fil des mois, comparés à l’enveloppe",
      ariaDescription: describeCumulative(points, envelope, steps),
      x: { type: "utc", domain: [start, end], label: null, ticks, tickFormat },
      y: { domain: [0, yMax], label: null, grid: true, ticks: Math.max(2, Math.floor(plotHeight / 60)), tickFormat: (d: number) => formatEuros(d) },
      marks: [
        Plot.ruleY([0], { stroke: INK }),
        Plot.line(levels, { x: "date", y: "envelope", stroke: INK, strokeWidth: 1.5, strokeDasharray: "4 3", curve: "step-after" }),
        // Each level is named above its start: "Enveloppe : 600 000 €", then "Enveloppe : 700 000 €" from the top-up on.
        Plot.text(steps, { x: "date", y: "envelope", text: (s: EnvelopeStep) => `Enveloppe : ${formatEuros(s.envelope)}`, textAnchor: "start", dy: -7, fontWeight: 600 }),
        Plot.line(series, { x: "date", y: "paid", stroke: INK, strokeWidth: 1.5, curve: "step-after" }),
        Plot.line(series, { x: "date", y: "engaged", stroke: ACCENT, strokeWidth: 3, curve: "step-after" }),
        ...(last
          ? [
              Plot.text([last.engaged], { x: end, y: (d: number) => d, dy: engagedDy, text: () => "Engagé", textAnchor: "start", dx: 6, fontWeight: 600 }),
              Plot.text([last.paid], { x: end, y: (d: number) => d, dy: paidDy, text: () => "Mandaté", textAnchor: "start", dx: 6, fontWeight: 600 }),
            ]
          : []),
      ],
    }),
  );
}

/** How to read the curves, shown under them. */
export const BUDGET_CUMULATIVE_CAPTION =
  "Montants cumulés mois après mois : la ligne épaisse est l’engagé (à la date de vote), la ligne fine le mandaté (à la date de paiement, reversements déduits), le trait pointillé l’enveloppe telle qu’elle était votée à chaque date (une marche par abondement).";

/** The curves' data: one row per month with a movement (cumulative €, the envelope at the month's end, and shares of it). */
export function budgetCumulativeTable(points: readonly CumulativePoint[], steps: readonly EnvelopeStep[], { document }: { document?: Document } = {}): HTMLTableElement {
  const monthEnd = (p: CumulativePoint) => new Date(Date.UTC(p.date.getUTCFullYear(), p.date.getUTCMonth() + 1, 0));
  const rows = points.map((p) => ({ ...p, envelope: envelopeOn(steps, monthEnd(p)) }));
  return dataTable(rows, [
    { label: "Mois", value: (p) => formatMonth(p.month) },
    { label: "Enveloppe", value: (p) => formatEuros(p.envelope), raw: (p) => p.envelope, format: { style: "euros", cents: false }, align: "right" },
    { label: "Engagé cumulé", value: (p) => formatEuros(p.engaged, { cents: true }), raw: (p) => p.engaged, format: { style: "euros", cents: true }, align: "right" },
    { label: "Engagé / enveloppe", value: (p) => formatPercent(ratio(p.engaged, p.envelope)), raw: (p) => ratio(p.engaged, p.envelope), format: { style: "percent", digits: 1 }, align: "right" },
    { label: "Mandaté cumulé", value: (p) => formatEuros(p.paid, { cents: true }), raw: (p) => p.paid, format: { style: "euros", cents: true }, align: "right" },
    { label: "Mandaté / enveloppe", value: (p) => formatPercent(ratio(p.paid, p.envelope)), raw: (p) => ratio(p.paid, p.envelope), format: { style: "percent", digits: 1 }, align: "right" },
  ], { caption: "Engagé et mandaté cumulés par mois", document });
}
