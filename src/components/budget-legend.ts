import { ACCENT, INK } from "./chart-theme.js";

/** The shape a legend item draws, the same as its mark on the chart. */
export type LegendShape = "thick-bar" | "thin-bar" | "rule" | "thick-line" | "thin-line" | "dashed-line";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Attributes of each shape in a 24 × 14 px box: thick/thin bars as on the bullet bars, lines as on the curves. */
const SHAPES: Record<LegendShape, { tag: "rect" | "line"; attributes: Record<string, string> }> = {
  "thick-bar": { tag: "rect", attributes: { x: "0", y: "2", width: "24", height: "10", rx: "2", fill: ACCENT } },
  "thin-bar": { tag: "rect", attributes: { x: "0", y: "5", width: "24", height: "4", fill: INK } },
  rule: { tag: "rect", attributes: { x: "11", y: "0", width: "2", height: "14", fill: INK } },
  "thick-line": { tag: "line", attributes: { x1: "0", y1: "7", x2: "24", y2: "7", stroke: ACCENT, "stroke-width": "3" } },
  "thin-line": { tag: "line", attributes: { x1: "0", y1: "7", x2: "24", y2: "7", stroke: INK, "stroke-width": "1.5" } },
  "dashed-line": { tag: "line", attributes: { x1: "0", y1: "7", x2: "24", y2: "7", stroke: INK, "stroke-width": "1.5", "stroke-dasharray": "4 3" } },
};

/**
 * A legend that draws each item with its chart's own shape next to its name, so that colour is never needed to
 * read it (the drawings are hidden from screen readers, which read the names and the chart's description).
 */
export function budgetLegend(items: readonly { shape: LegendShape; label: string }[], { document = globalThis.document }: { document?: Document } = {}): HTMLElement {
  const legend = document.createElement("p");
  legend.className = "gauge-legend";
  for (const { shape, label } of items) {
    const item = legend.appendChild(document.createElement("span"));
    item.className = "gauge-legend-item";
    const svg = item.appendChild(document.createElementNS(SVG_NS, "svg"));
    svg.setAttribute("width", "24");
    svg.setAttribute("height", "14");
    svg.setAttribute("aria-hidden", "true");
    // The page's text colour, which currentColor in the shapes refers to.
    svg.setAttribute("style", "color: var(--theme-foreground); flex: none");
    const { tag, attributes } = SHAPES[shape];
    const mark = svg.appendChild(document.createElementNS(SVG_NS, tag));
    for (const [name, value] of Object.entries(attributes)) mark.setAttribute(name, value);
    item.append(label);
  }
  return legend;
}
