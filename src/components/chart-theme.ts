// Chart colours are the theme's CSS variables, so that each mode (light "air", dark "near-midnight") keeps
// a contrast of at least 3:1: #4269d0 is 5.0:1 on white and 3.6:1 on #161616; the foreground is ≥ 3.3:1 on it.

/** Main data colour (engaged amounts, counts). */
export const ACCENT = "var(--theme-blue)";
/** Second data series, drawn thinner (paid amounts): the text colour of the theme. */
export const INK = "currentColor";
/** Background track of a gauge (decorative: the 100 % limit is drawn as a rule in INK). */
export const TRACK = "var(--theme-foreground-faintest)";

/** Text of the charts in the page's UI font (Plot's own default is the system's). */
export const CHART_STYLE = { fontFamily: "var(--sans-serif)", fontSize: "12px" } as const;

/** Options every chart function takes. */
export interface ChartOptions {
  /** Width of the chart in pixels (Framework's `resize` gives the card's). */
  width: number;
  /** The DOM to render with (jsdom's in tests); defaults to the page's. */
  document?: Document;
}

/** Narrowest width a chart is drawn at (px): a container still being laid out can report 0. */
export const MIN_CHART_WIDTH = 260;

/** The width to draw at: the container's, but never narrower than MIN_CHART_WIDTH (px). */
export function chartWidth(width: number): number {
  return Math.max(MIN_CHART_WIDTH, Number.isFinite(width) ? width : 0);
}

/**
 * Marks a rendered chart as one image described by its own aria-label (its data is in a table next to it).
 * Plot labels each mark's group ("rect", "text"…); inside an image those labels are not allowed, so they go.
 */
export function asImage<T extends Element>(chart: T): T {
  chart.setAttribute("role", "img");
  for (const element of chart.querySelectorAll("[aria-label], [aria-description]")) {
    element.removeAttribute("aria-label");
    element.removeAttribute("aria-description");
  }
  return chart;
}
