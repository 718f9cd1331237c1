import type { ColumnTable } from "arquero";
// The table entry point, as in explorer-table.ts: the package's main entry imports node:fs.
import { from } from "arquero/src/table/index.js";
import type { QpvCell } from "../../loaders/site/politique-ville-page.js";
import { DEPARTEMENT_NAMES, departementLabel } from "./departements.js";
import { ratio } from "./ratio.js";
import type { TerritoryScope } from "./territory-scope.js";
import { inScope } from "./territory-scope.js";
import type { YearChoice } from "./territory-year.js";

/** Counted events and engaged amounts (€) summed over cells, split by politique de la ville flag. */
export type QpvTotals = Omit<QpvCell, "year" | "departement" | "versant">;

/** A group of cells (a year, a département, or everything kept) and its sums. */
export interface QpvGroup {
  label: string;
  totals: QpvTotals;
}

/** The three measures of the page: located in a QPV, including QPV residents, either of the two. */
export type QpvMeasure = "inQpv" | "publicQpv" | "either";

/** How each measure is named, and which fields hold its count and its engaged amount. */
export const QPV_MEASURES: readonly { measure: QpvMeasure; label: string; amount: "engagedInQpv" | "engagedPublicQpv" | "engagedEither" }[] = [
  { measure: "inQpv", label: "En QPV", amount: "engagedInQpv" },
  { measure: "publicQpv", label: "Public QPV", amount: "engagedPublicQpv" },
  { measure: "either", label: "L’un ou l’autre", amount: "engagedEither" },
];

/** What a share is taken over: counted events, or their engaged amount (€, both sections). */
export type QpvBasis = "count" | "amount";

/** A measure's share: its part, the whole it is taken over, and part ÷ whole (0–1; 0 when the whole is 0). */
export interface QpvShare {
  measure: QpvMeasure;
  label: string;
  part: number;
  whole: number;
  share: number;
}

/** Sums of nothing. */
export function emptyQpvTotals(): QpvTotals {
  return { events: 0, inQpv: 0, publicQpv: 0, either: 0, engaged: 0, engagedInQpv: 0, engagedPublicQpv: 0, engagedEither: 0 };
}

const COUNTS = ["events", "inQpv", "publicQpv", "either"] as const;
const AMOUNTS = ["engaged", "engagedInQpv", "engagedPublicQpv", "engagedEither"] as const;
// arquero's rollup: counts summed as they are, amounts as whole cents, so that a total is exact to the cent.
const SUMS = Object.fromEntries([...COUNTS.map((k) => [k, `d => op.sum(d.${k})`]), ...AMOUNTS.map((k) => [k, `d => op.sum(op.round(d.${k} * 100))`])]);

/** One rolled-up row of arquero as totals: amounts back from cents to euros, and 0 where there was nothing to sum. */
function totalsOf(row: Record<string, unknown> | undefined): QpvTotals {
  const totals = emptyQpvTotals();
  for (const key of COUNTS) totals[key] = Number(row?.[key] ?? 0);
  for (const key of AMOUNTS) totals[key] = Number(row?.[key] ?? 0) / 100;
  return totals;
}

/** The totals of `cells`, by the value of `key` in each group (every cell under "" without a key). */
function rollupCells(cells: readonly QpvCell[], key?: "year" | "departement"): Map<string, QpvTotals> {
  if (cells.length === 0) return new Map();
  const table: ColumnTable = from(cells as QpvCell[]);
  const rows = (key ? table.groupby(key) : table).rollup(SUMS).objects() as Record<string, unknown>[];
  return new Map(rows.map((row) => [key ? String(row[key]) : "", totalsOf(row)]));
}

/** Sums of the cells' counts and amounts (€, exact to the cent). */
export function sumQpvCells(cells: readonly QpvCell[]): QpvTotals {
  return rollupCells(cells).get("") ?? emptyQpvTotals();
}

/** The three shares of a group, by count of events or by engaged amount; a share over a whole of 0 is 0. */
export function qpvShares(totals: QpvTotals, basis: QpvBasis): QpvShare[] {
  return QPV_MEASURES.map(({ measure, label, amount }) => {
    const part = basis === "count" ? totals[measure] : totals[amount];
    const whole = basis === "count" ? totals.events : totals.engaged;
    return { measure, label, part, whole, share: ratio(part, whole) };
  });
}

/** The cells of the chosen year (every year when null) and territory. */
export function filterQpvCells(cells: readonly QpvCell[], year: YearChoice, scope: TerritoryScope): QpvCell[] {
  if (cells.length === 0) return [];
  return from(cells as QpvCell[])
    .params({ year, departements: scope.departements })
    .filter("(d, $) => ($.year === null || d.year === $.year) && op.includes($.departements, d.departement)")
    .objects() as QpvCell[];
}

/** One group per year found in any cell (so that a year with no event in the territory still shows), for the territory. */
export function qpvByYear(cells: readonly QpvCell[], scope: TerritoryScope): QpvGroup[] {
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const totals = rollupCells(filterQpvCells(cells, null, scope), "year");
  return years.map((year) => ({ label: String(year), totals: totals.get(String(year)) ?? emptyQpvTotals() }));
}

/** One group per département of the territory (every one, even with no event), for the chosen year. */
export function qpvByDepartement(cells: readonly QpvCell[], year: YearChoice, scope: TerritoryScope): QpvGroup[] {
  const codes = [...new Set([...Object.keys(DEPARTEMENT_NAMES), ...cells.map((c) => c.departement)])].filter((code) => inScope(scope, code)).sort();
  const totals = rollupCells(filterQpvCells(cells, year, scope), "departement");
  return codes.map((code) => ({ label: departementLabel(code), totals: totals.get(code) ?? emptyQpvTotals() }));
}
