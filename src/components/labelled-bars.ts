import * as Plot from "@observablehq/plot";
import { ACCENT } from "./chart-theme.js";

/** Horizontal bars with their value written at the end, so that the value never depends on reading the axis. */
export function labelledBars<T>(data: readonly T[], { x, y, text }: { x: keyof T & string; y: keyof T & string; text: (d: T) => string }): Plot.Markish[] {
  return [
    Plot.barX(data, { x, y, fill: ACCENT, rx: 2 }),
    Plot.text(data, { x, y, text, textAnchor: "start", dx: 5, fontWeight: 600 }),
    Plot.ruleX([0])
  ];
}
