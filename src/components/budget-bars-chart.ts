import * as Plot from "@observablehq/plot";
import { ACCENT, CHART_STYLE, type ChartOptions, chartWidth, INK, TRACK, asImage } from "./chart-theme.js";
import { formatEuros } from "./format.js";

/** One labelled bar: engaged and paid (€), and, for an envelope line, its envelope (€). */
export interface BudgetBar {
  label: string;
  engaged: number;
  paid: number;
  envelope?: number;
}

export interface BudgetBarsOptions extends ChartOptions {
  /** What the chart shows, read out by screen readers. */
  ariaLabel: string;
}

/** Below this width (px), a bar's amounts go under its name instead of beside it. */
const COMPACT_WIDTH = 720;

/** The amounts written next to a bar: engaged, paid and, against an envelope, what is left or the overrun. */
export function budgetBarParts(bar: BudgetBar): string[] {
  const parts = [`engagé ${formatEuros(bar.engaged)}`, `mandaté ${formatEuros(bar.paid)}`];
  if (bar.envelope !== undefined) {
    const left = Math.round((bar.envelope - bar.engaged) * 100) / 100;
    parts.push(left < 0 ? `dépassement ${formatEuros(-left)}` : `reste à engager ${formatEuros(left)}`);
  }
  return parts;
}

/** One sentence per bar for screen readers: "Picardie : engagé 12 500 €, mandaté 10 000 € sur une enveloppe de 20 000 €." */
export function describeBudgetBar(bar: BudgetBar): string {
  const envelope = bar.envelope === undefined ? "" : ` sur une enveloppe de ${formatEuros(bar.envelope)}`;
  return `${bar.label} : ${budgetBarParts(bar).join(", ")}${envelope}.`;
}

/**
 * Labelled bullet bars in euros, one per row: a thick bar for the engaged amount, a thin bar inside it for the
 * paid amount and, when a row has an envelope, a light track up to the envelope closed by a vertical rule.
 * Each row's name and amounts are written above its bar, so that neither colour nor the axis is needed to read it.
 */
export function budgetBarsChart(bars: readonly BudgetBar[], { width, ariaLabel, document }: BudgetBarsOptions): SVGSVGElement | HTMLElement {
  const w = chartWidth(width);
  const compact = w < COMPACT_WIDTH;
  const data = bars.map((bar, i) => ({ ...bar, i, parts: budgetBarParts(bar) }));
  const values = bars.flatMap((b) => [b.engaged, b.paid, b.envelope ?? 0]);
  const max = Math.max(1, ...values);
  const min = Math.min(0, ...values);
  // Each row takes one unit of the y scale: its text lines on top, then the bar.
  const [nameY, amountsY, secondY, barTop, barBottom] = compact ? [0.16, 0.36, 0.54, 0.64, 0.92] : [0.28, 0.28, 0.28, 0.42, 0.88];
  const inset = (barBottom - barTop) * 0.32;
  const rowHeight = compact ? (data.some((d) => d.parts.length > 2) ? 92 : 78) : 56;
  const withEnvelope = data.filter((d) => d.envelope !== undefined);
  // A line engaged beyond its envelope stands out by a shape and by its name, not by colour alone.
  const overrun = withEnvelope.filter((d) => d.engaged > (d.envelope ?? 0));
  const y1 = (d: { i: number }) => d.i + barTop;
  const y2 = (d: { i: number }) => d.i + barBottom;
  const amountMarks = compact
    ? [
        Plot.text(data, { x: min, y: (d) => d.i + amountsY, text: (d) => d.parts.slice(0, 2).join(" · "), textAnchor: "start" }),
        Plot.text(data.filter((d) => d.parts.length > 2), { x: min, y: (d) => d.i + secondY, text: (d) => d.parts.slice(2).join(" · "), textAnchor: "start" }),
      ]
    : [Plot.text(data, { x: max, y: (d) => d.i + amountsY, text: (d) => d.parts.join(" · "), textAnchor: "end" })];
  return asImage(
    Plot.plot({
      document,
      width: w,
      height: data.length * rowHeight + 34,
      marginTop: 6,
      marginBottom: 28,
      marginLeft: 16,
      // Room for the last tick label, centred on the right edge.
      marginRight: 40,
      style: CHART_STYLE,
      ariaLabel,
      ariaDescription: bars.map(describeBudgetBar).join(" "),
      x: { domain: [min, max], label: null, ticks: Math.max(2, Math.floor(w / 130)), tickFormat: (d: number) => formatEuros(d), tickSize: 4, grid: true },
      y: { domain: [0, Math.max(1, data.length)], reverse: true, axis: null },
      marks: [
        Plot.rectX(withEnvelope, { x1: 0, x2: (d) => d.envelope, y1, y2, fill: TRACK, rx: 3 }),
        Plot.rectX(data, { x1: 0, x2: "engaged", y1, y2, fill: ACCENT, rx: 3 }),
        Plot.rectX(data, { x1: 0, x2: "paid", y1: (d) => y1(d) + inset, y2: (d) => y2(d) - inset, fill: INK }),
        Plot.ruleX(withEnvelope, { x: (d) => d.envelope, y1: (d) => y1(d) - 0.08, y2: (d) => y2(d) + 0.08, stroke: INK, strokeWidth: 2 }),
        Plot.dot(overrun, { x: "engaged", y: (d) => d.i + (barTop + barBottom) / 2, symbol: "triangle", r: 7, fill: INK, stroke: "var(--theme-background)", strokeWidth: 1.5 }),
        Plot.text(data, { x: min, y: (d) => d.i + nameY, text: (d) => (overrun.includes(d) ? `▲ ${d.label} — au-delà de l’enveloppe` : d.label), textAnchor: "start", fontWeight: 600, fontSize: 13 }),
        ...amountMarks,
      ],
    }),
  );
}
