export interface ChartFigureOptions {
  /** Visible caption: what the chart shows and how to read it (shapes, not only colours). */
  caption: string;
  /** The chart's data as a table, offered in a collapsed "Voir les données" section. */
  table: HTMLTableElement;
  document?: Document;
}

/** A `<figure>` holding a chart, its caption and its data table (the text alternative of the chart). */
export function chartFigure(chart: Element, { caption, table, document = globalThis.document }: ChartFigureOptions): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "chart-figure";
  figure.appendChild(chart);
  const figcaption = figure.appendChild(document.createElement("figcaption"));
  figcaption.textContent = caption;
  const details = figure.appendChild(document.createElement("details"));
  details.className = "chart-data";
  const summary = details.appendChild(document.createElement("summary"));
  summary.textContent = "Voir les données";
  details.appendChild(table);
  return figure;
}
