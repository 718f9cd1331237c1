/** Legend of the group chart, drawn with the marks' own shapes (thick bar, thin bar) so that colour is not needed. */
export function ideasGroupLegend({ document = globalThis.document }: { document?: Document } = {}): HTMLElement {
  const legend = document.createElement("p");
  legend.className = "ideas-legend";
  for (const [kind, text] of [["emerged", "Idées émergées"], ["matured", "Idées mûries (Mûrie ou au-delà)"]] as const) {
    const item = legend.appendChild(document.createElement("span"));
    item.className = "ideas-legend-item";
    const swatch = item.appendChild(document.createElement("span"));
    swatch.className = `ideas-swatch ideas-swatch-${kind}`;
    swatch.setAttribute("aria-hidden", "true");
    item.append(text);
  }
  return legend;
}
