import * as Plot from "@observablehq/plot";
import { ACCENT, type ChartOptions, TRACK, asImage } from "./chart-theme.js";

export interface ShareBarOptions extends ChartOptions {
  /** What the bar says, read out instead of the drawing: "28 EPCI sur 92 ont accueilli un événement". */
  ariaLabel: string;
  /** Height in pixels (default 10). */
  height?: number;
}

/** A thin progress bar of a fraction between 0 and 1 (clamped to the track when above 1). */
export function shareBarChart(share: number, { width, height = 10, ariaLabel, document }: ShareBarOptions): SVGSVGElement | HTMLElement {
  const value = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  return asImage(
    Plot.plot({
      document,
      width,
      height,
      margin: 0,
      ariaLabel,
      x: { domain: [0, 1], axis: null },
      y: { axis: null },
      marks: [
        Plot.rectX([1], { x1: 0, x2: 1, fill: TRACK, rx: height / 2 }),
        Plot.rectX([value], { x1: 0, x2: (d: number) => d, fill: ACCENT, rx: height / 2 }),
      ],
    }),
  );
}
