import { type ColumnTable, desc, escape, op } from "arquero";
import { EXPLORER_PAGE_SIZE } from "./explorer-format.js";
import { ANY_RULE, type ExplorerFilter, type ExplorerSort } from "./explorer-filter.js";
import type { ExplorerRow } from "./explorer-table.js";
import { searchWords } from "./search-key.js";

/** The dossiers a filter keeps: one page of them, how many in all, and their sums (cents). */
export interface ExplorerResult {
  rows: ExplorerRow[];
  count: number;
  page: number;
  pages: number;
  voted: number;
  paid: number;
  engaged: number;
}

const ORDERS: Record<ExplorerSort, (string | object)[]> = {
  numero: ["id"],
  organisation: ["nameKey", "id"],
  commune: ["commune", "id"],
  vote: [desc("vote"), "id"],
  engage: [desc("engaged"), "id"],
  paye: [desc("paid"), "id"],
  alertes: [desc("alertCount"), "id"]
};

/** The dossiers of `table` that `filter` keeps, in its order (see explorerTable). */
export function filterDossiers(table: ColumnTable, filter: ExplorerFilter): ColumnTable {
  let t = table.params({ ...filter, statuts: filter.statuts });
  if (filter.annee !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.year === $.annee);
  if (filter.departement !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.departement === $.departement);
  if (filter.dispositif !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.dispositif === $.dispositif);
  if (filter.statuts.length > 0) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => op.includes($.statuts, d.statut));
  if (filter.epci !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.epci === $.epci);
  if (filter.versant !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.versant === $.versant);
  if (filter.regle === ANY_RULE) t = t.filter((d: ExplorerRow) => op.length(d.alerts) > 0);
  else if (filter.regle !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => op.includes(d.alerts, $.regle));
  const words = searchWords(filter.q);
  // Every word must appear somewhere in the dossier's key: a closure, which arquero's expression parser cannot express.
  if (words.length > 0) t = t.filter(escape((d: ExplorerRow) => words.every((w) => d.key.includes(w))));
  if (filter.tri === "alertes") t = t.derive({ alertCount: (d: ExplorerRow) => op.length(d.alerts) });
  return t.orderby(...(ORDERS[filter.tri] as Parameters<ColumnTable["orderby"]>));
}

/** One page of the dossiers `filter` keeps, their count and their voted, paid and engaged sums (cents, exact). */
export function queryExplorer(table: ColumnTable, filter: ExplorerFilter): ExplorerResult {
  const kept = filterDossiers(table, filter);
  const count = kept.numRows();
  const pages = Math.max(1, Math.ceil(count / EXPLORER_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const sums = count === 0 ? { voted: 0, paid: 0, engaged: 0 } : (kept.rollup({ voted: op.sum("voted"), paid: op.sum("paid"), engaged: op.sum("engaged") }).object() as { voted: number; paid: number; engaged: number });
  const rows = kept.slice((page - 1) * EXPLORER_PAGE_SIZE, page * EXPLORER_PAGE_SIZE).objects() as ExplorerRow[];
  return { rows, count, page, pages, ...sums };
}
