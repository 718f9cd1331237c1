import type { ColumnTable } from "arquero";
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
  /** Every kept dossier in order, for a download (built only when asked for). */
  all: () => ExplorerRow[];
}

// Expressions that call arquero's op are given as text: arquero parses them, so `op` need not be imported (see explorer-table.ts).
const ORDERS: Record<ExplorerSort, (string | ((d: ExplorerRow) => number))[]> = {
  numero: ["id"],
  organisation: ["nameKey", "id"],
  commune: ["commune", "id"],
  vote: [(d) => -d.voteDay, "id"],
  engage: [(d) => -d.engaged, "id"],
  paye: [(d) => -d.paid, "id"],
  alertes: [(d) => -d.alertCount, "id"]
};

/** The dossiers of `table` that `filter` keeps, in its order (see explorerTable). */
export function filterDossiers(table: ColumnTable, filter: ExplorerFilter): ColumnTable {
  let t = table.params({ ...filter, statuts: filter.statuts });
  if (filter.annee !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.year === $.annee);
  if (filter.anneeAction !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.actionYear === $.anneeAction);
  if (filter.departement !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.departement === $.departement);
  if (filter.dispositif !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.dispositif === $.dispositif);
  if (filter.statuts.length > 0) t = t.filter("(d, $) => op.includes($.statuts, d.statut)");
  if (filter.epci !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.epci === $.epci);
  if (filter.versant !== null) t = t.filter((d: ExplorerRow, $: ExplorerFilter) => d.versant === $.versant);
  if (filter.regle === ANY_RULE) t = t.filter("d => op.length(d.alerts) > 0");
  else if (filter.regle !== null) t = t.filter("(d, $) => op.includes(d.alerts, $.regle)");
  // Every word must appear somewhere in the dossier's key: one filter per word.
  for (const word of searchWords(filter.q)) t = t.params({ word }).filter("(d, $) => op.includes(d.key, $.word)");
  return t.orderby(...(ORDERS[filter.tri] as Parameters<ColumnTable["orderby"]>));
}

/** One page of the dossiers `filter` keeps, their count and their voted, paid and engaged sums (cents, exact). */
export function queryExplorer(table: ColumnTable, filter: ExplorerFilter): ExplorerResult {
  const kept = filterDossiers(table, filter);
  const count = kept.numRows();
  const pages = Math.max(1, Math.ceil(count / EXPLORER_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const sums = count === 0 ? { voted: 0, paid: 0, engaged: 0 } : (kept.rollup({ voted: "d => op.sum(d.voted)", paid: "d => op.sum(d.paid)", engaged: "d => op.sum(d.engaged)" }).object() as { voted: number; paid: number; engaged: number });
  const rows = kept.slice((page - 1) * EXPLORER_PAGE_SIZE, page * EXPLORER_PAGE_SIZE).objects() as ExplorerRow[];
  return { rows, count, page, pages, ...sums, all: () => kept.objects() as ExplorerRow[] };
}
