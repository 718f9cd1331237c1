/** The shapes a legend item can show, as drawn on the tiers-lieux charts. */
export type LegendShape = "dot" | "triangle" | "dashed" | "tick";

const SVG = "http://www.w3.org/2000/svg";

/** A 22×14 px drawing of the shape, in the same colours as the charts' marks. */
function swatch(shape: LegendShape, document: Document): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", "22");
  svg.setAttribute("height", "14");
  svg.setAttribute("viewBox", "0 0 22 14");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "tiers-lieux-swatch");
  const add = (name: string, attributes: Record<string, string>) => {
    const element = svg.appendChild(document.createElementNS(SVG, name));
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  };
  if (shape === "dot") add("circle", { cx: "11", cy: "7", r: "4.5", fill: "var(--theme-blue)" });
  else if (shape === "triangle") add("path", { d: "M11 1.5 L17 12.5 L5 12.5 Z", fill: "currentColor" });
  else if (shape === "dashed") add("line", { x1: "11", x2: "11", y1: "0", y2: "14", stroke: "currentColor", "stroke-width": "1.5", "stroke-dasharray": "4,3" });
  else add("line", { x1: "11", x2: "11", y1: "2", y2: "12", stroke: "currentColor", "stroke-width": "2" });
  return svg;
}

/** A legend drawn with the charts' own shapes (dot, triangle, dashed rule, tick) and words, so that colour is not needed. */
export function tiersLieuxLegend(items: readonly { shape: LegendShape; text: string }[], { document = globalThis.document }: { document?: Document } = {}): HTMLElement {
  const legend = document.createElement("p");
  legend.className = "tiers-lieux-legend";
  for (const { shape, text } of items) {
    const item = legend.appendChild(document.createElement("span"));
    item.className = "tiers-lieux-legend-item";
    item.appendChild(swatch(shape, document));
    item.append(text);
  }
  return legend;
}
