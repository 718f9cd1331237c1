export interface KeyFigureOptions {
  /** The DOM to build with (jsdom's in tests); defaults to the page's. */
  document?: Document;
}

/**
 * A figure as the page shows it (`440 715 €`), tagged `data-figure="<name>"` with its raw value in `data-value`
 * (euros, counts or shares 0–1, unformatted): the browser tests compare it with the analysts' command.
 */
export function keyFigure(name: string, value: number, text: string, { document = globalThis.document }: KeyFigureOptions = {}): HTMLSpanElement {
  const span = document.createElement("span");
  span.className = "figure";
  span.dataset.figure = name;
  span.dataset.value = String(value);
  span.textContent = text;
  return span;
}
