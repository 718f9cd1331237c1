import { dispositifLabel } from "./budget-splits.js";
import { departementLabel } from "./departements.js";
import { EXPLORER_PAGE_SIZE } from "./explorer-format.js";
import { explorerExport } from "./explorer-export.js";
import type { ExplorerResult } from "./explorer-query.js";
import type { ExplorerRow } from "./explorer-table.js";
import { MISSING, formatCount, formatDate, formatEuros, formatInteger } from "./format.js";
import { setDownload } from "./table-download-cells.js";
import { watchDataTables } from "./table-download.js";

export interface ExplorerListOptions {
  /** The address that opens a dossier's detail (a real link, so that it can be opened in a new tab or shared). */
  hrefOf: (id: string) => string;
  /** Called instead of following that link on a plain click. */
  onOpen: (id: string) => void;
  /** Called with a page number by the pager. */
  onPage: (page: number) => void;
  /** Offer the CSV and XLSX downloads of every dossier kept (not only this page's). */
  download?: boolean;
  document?: Document;
}

/** Cents as euros rounded to the euro, the way the tables show amounts. */
export function centsText(cents: number): string {
  return formatEuros(cents / 100);
}

function cell(document: Document, row: HTMLTableRowElement, text: string, { num = false, header = false, second = "" } = {}): HTMLTableCellElement {
  const element = row.appendChild(document.createElement(header ? "th" : "td"));
  if (header) element.scope = "row";
  element.textContent = text;
  if (second) {
    const line = element.appendChild(document.createElement("span"));
    line.className = "second-line";
    line.textContent = second;
  }
  if (num) element.className = "num";
  return element;
}

/** The number of the first and last dossier of a page, and the count: `Dossiers 51 à 100 sur 312`. */
export function pageCaption(result: Pick<ExplorerResult, "count" | "page">): string {
  if (result.count === 0) return "Aucun dossier ne correspond";
  const first = (result.page - 1) * EXPLORER_PAGE_SIZE + 1;
  const last = Math.min(result.count, result.page * EXPLORER_PAGE_SIZE);
  return `Dossiers ${formatInteger(first)} à ${formatInteger(last)} sur ${formatInteger(result.count)}`;
}

/** The list of a page of dossiers: number (a link to its detail), dispositif, organisation, territory, status, vote, amounts, alerts; then a pager. */
export function explorerList(result: ExplorerResult, { hrefOf, onOpen, onPage, download = false, document = globalThis.document }: ExplorerListOptions): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "explorer-list";
  const scroll = wrapper.appendChild(document.createElement("div"));
  scroll.className = "table-wide";
  scroll.tabIndex = 0;
  scroll.setAttribute("role", "region");
  scroll.setAttribute("aria-label", "Liste des dossiers (défile sur le côté sur petit écran)");
  const table = scroll.appendChild(document.createElement("table"));
  // Only a list that can be downloaded is a data table (the download bars look for that class).
  table.className = download ? "data-table explorer-table" : "explorer-table";
  table.createCaption().textContent = pageCaption(result);
  if (download) {
    setDownload(table, () => explorerExport(result.all(), `Dossiers (${formatInteger(result.count)})`));
    if (document === globalThis.document) watchDataTables(document);
  }
  const head = table.createTHead().insertRow();
  for (const [label, num] of [["N° dossier", false], ["Dispositif", false], ["Organisation", false], ["Commune", false], ["Statut", false], ["Vote ou label", false], ["Voté", true], ["Payé net", true], ["Engagé", true], ["Alertes", false]] as const) {
    const th = head.appendChild(document.createElement("th"));
    th.scope = "col";
    th.textContent = label;
    if (num) th.className = "num";
  }
  const body = table.createTBody();
  for (const row of result.rows) body.appendChild(listRow(row, document, hrefOf, onOpen));
  if (result.pages > 1) wrapper.appendChild(pager(result, onPage, document));
  return wrapper;
}

function listRow(row: ExplorerRow, document: Document, hrefOf: (id: string) => string, onOpen: (id: string) => void): HTMLTableRowElement {
  const tr = document.createElement("tr");
  const number = cell(document, tr, "", { header: true });
  const link = number.appendChild(document.createElement("a"));
  link.href = hrefOf(row.id);
  link.textContent = row.id;
  link.dataset.dossier = row.id;
  link.addEventListener("click", (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(row.id);
  });
  cell(document, tr, dispositifLabel(row.dispositif));
  cell(document, tr, row.beneficiaire ?? MISSING);
  cell(document, tr, row.commune, { second: [row.epciName, departementLabel(row.departement)].filter(Boolean).join(" · ") });
  cell(document, tr, row.statut);
  cell(document, tr, row.vote ? formatDate(row.vote) : MISSING);
  cell(document, tr, centsText(row.voted), { num: true });
  cell(document, tr, centsText(row.paid), { num: true });
  cell(document, tr, centsText(row.engaged), { num: true });
  cell(document, tr, row.alerts.length === 0 ? "" : formatCount(row.alerts.length, "alerte", "alertes"), { second: row.alerts.join(", ") });
  return tr;
}

function pager(result: ExplorerResult, onPage: (page: number) => void, document: Document): HTMLElement {
  const nav = document.createElement("nav");
  nav.className = "explorer-pager";
  nav.setAttribute("aria-label", "Pages de la liste");
  const button = (label: string, page: number) => {
    const b = nav.appendChild(document.createElement("button"));
    b.type = "button";
    b.textContent = label;
    b.disabled = page < 1 || page > result.pages;
    b.addEventListener("click", () => onPage(page));
  };
  button("Page précédente", result.page - 1);
  const status = nav.appendChild(document.createElement("span"));
  status.textContent = `Page ${formatInteger(result.page)} sur ${formatInteger(result.pages)}`;
  button("Page suivante", result.page + 1);
  return nav;
}
