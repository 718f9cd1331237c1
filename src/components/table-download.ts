// Download buttons beside every data table of the page: a CSV that Excel-FR opens right, and an XLSX workbook, both
// built from the data the table was given (see setDownload). `dataTable` returns a bare <table> (its callers put it
// in figures, cards and scrolling boxes), so the buttons cannot live inside it without changing its caption or rows:
// a watcher only places each table's bar just before it, and removes it when its table leaves the page (Framework
// re-renders cells); it never reads the table's contents.
import { downloadContext, downloadFileName, downloadHeading, slug } from "./download-context.js";
import { excelCsv } from "./table-download-csv.js";
import { downloadOf, hasDownload } from "./table-download-cells.js";
import { xlsxBytes } from "./table-download-xlsx.js";

/** The class of the button bar. */
export const DOWNLOAD_BAR_CLASS = "table-download";

/** A table that must not get the buttons carries `data-download="off"`. */
export const DOWNLOAD_OFF_ATTRIBUTE = "data-download";

const STYLE_ID = "table-download-style";

// Theme variables, so that the buttons read in the light and dark themes; hidden in print.
const STYLE = `.${DOWNLOAD_BAR_CLASS} {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.5rem;
  margin: 0.5rem 0 0.25rem; font: 0.8rem/1.3 var(--sans-serif);
}
.${DOWNLOAD_BAR_CLASS} button {
  font: inherit; color: var(--theme-foreground); background: var(--theme-background);
  border: solid 1px var(--theme-foreground-muted); border-radius: 4px; padding: 0.2rem 0.6rem; cursor: pointer;
}
.${DOWNLOAD_BAR_CLASS} button:hover { background: var(--theme-background-alt); }
.${DOWNLOAD_BAR_CLASS} button:focus-visible { outline: 2px solid var(--theme-foreground-focus); outline-offset: 2px; }
.${DOWNLOAD_BAR_CLASS} [role="status"] { color: var(--theme-foreground); }
@media print { .${DOWNLOAD_BAR_CLASS} { display: none !important; } }`;

/** A file name from a caption: `Consommation de l’enveloppe INS’pir` → `consommation-de-l-enveloppe-ins-pir`. */
export function fileBaseName(caption: string): string {
  return slug(caption) || "tableau";
}

/** Hands `bytes` to the browser as a downloaded file. */
export function saveFile(bytes: Uint8Array<ArrayBuffer>, name: string, type: string, document: Document): void {
  const view = document.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(new view.Blob([bytes], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}

function button(document: Document, label: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  return element;
}

/**
 * The bar of a table: a group named after its caption with two real buttons, « Télécharger en CSV » and
 * « Télécharger en XLSX (Excel) », and a status line for the XLSX, which takes a moment to prepare.
 * The files hold the table's data (its rows and columns, not its text), headed by the exports date and the filters
 * chosen when the button is pressed, and are named after the page, those filters, the date and the caption.
 */
export function downloadBar(table: HTMLTableElement, document: Document): HTMLElement {
  const bar = document.createElement("div");
  bar.className = DOWNLOAD_BAR_CLASS;
  bar.setAttribute("role", "group");
  const caption = table.caption?.textContent?.trim() ?? "";
  bar.setAttribute("aria-label", caption ? `Télécharger le tableau « ${caption} »` : "Télécharger le tableau");
  const csv = bar.appendChild(button(document, "Télécharger en CSV"));
  csv.title = "Pour Excel : UTF-8, séparateur point-virgule, virgule décimale";
  const xlsx = bar.appendChild(button(document, "Télécharger en XLSX (Excel)"));
  const status = bar.appendChild(document.createElement("span"));
  status.setAttribute("role", "status");
  csv.addEventListener("click", () => {
    const data = downloadOf(table);
    if (!data) return;
    const context = downloadContext(document);
    saveFile(excelCsv(data, downloadHeading(context, data.caption)), downloadFileName(context, data.caption, "csv"), "text/csv;charset=utf-8", document);
  });
  xlsx.addEventListener("click", async () => {
    const data = downloadOf(table);
    if (!data) return;
    const context = downloadContext(document);
    status.textContent = "Préparation du fichier XLSX…";
    try {
      const bytes = await xlsxBytes(data, downloadHeading(context, data.caption));
      saveFile(bytes, downloadFileName(context, data.caption, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", document);
      status.textContent = "";
    } catch (error) {
      console.warn("XLSX download failed", error);
      status.textContent = "Le fichier XLSX n’a pas pu être préparé : essayez le CSV.";
    }
  });
  return bar;
}

/** Where a table's bar goes: before the table, or before the scrolling box that holds only it. */
function anchorOf(table: HTMLTableElement): Element {
  const parent = table.parentElement;
  return parent && parent.childElementCount === 1 && (parent.classList.contains("table-scroll") || parent.classList.contains("table-wide")) ? parent : table;
}

/** Each document's bars, by table. */
const barsByDocument = new WeakMap<Document, Map<HTMLTableElement, HTMLElement>>();

/** Gives every data table of the document its bar, moves a bar its table left behind, removes the bars of removed tables. */
export function placeDownloadBars(document: Document): void {
  let bars = barsByDocument.get(document);
  if (!bars) barsByDocument.set(document, (bars = new Map()));
  for (const [table, bar] of bars) {
    if (!table.isConnected) {
      bar.remove();
      bars.delete(table);
    }
  }
  for (const table of Array.from(document.querySelectorAll<HTMLTableElement>("table.data-table"))) {
    if (!hasDownload(table) || table.getAttribute(DOWNLOAD_OFF_ATTRIBUTE) === "off") continue;
    let bar = bars.get(table);
    if (!bar) bars.set(table, (bar = downloadBar(table, document)));
    const anchor = anchorOf(table);
    if (anchor.previousElementSibling !== bar) anchor.before(bar);
  }
}

/** The documents already watched. */
const watched = new WeakSet<Document>();

/**
 * Watches the document (once) so that each data table, whenever it is displayed, gets its download bar; adds the
 * bar's style to the page. Safe to call on every table: later calls do nothing.
 */
export function watchDataTables(document: Document): void {
  if (watched.has(document)) return;
  watched.add(document);
  if (!document.getElementById(STYLE_ID)) {
    const style = document.head.appendChild(document.createElement("style"));
    style.id = STYLE_ID;
    style.textContent = STYLE;
  }
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // One pass per batch of changes; the bars it adds cause one more (idle) pass.
    queueMicrotask(() => {
      scheduled = false;
      placeDownloadBars(document);
    });
  };
  const Observer = document.defaultView?.MutationObserver;
  if (Observer) new Observer(schedule).observe(document.documentElement, { childList: true, subtree: true });
  schedule();
}
