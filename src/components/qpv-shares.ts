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

/** Sums of the cells' counts and amounts (€, rounded to the cent). */
export function sumQpvCells(cells: readonly QpvCell[]): QpvTotals {
  const totals = emptyQpvTotals();
  for (const cell of cells) for (const key of Object.keys(totals) as (keyof QpvTotals)[]) totals[key] += cell[key];
  for (const key of ["engaged", "engagedInQpv", "engagedPublicQpv", "engagedEither"] as const) totals[key] = Math.round(totals[key] * 100) / 100;
  return totals;
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
  return cells.filter((c) => (year === null || c.year === year) && inScope(scope, c.departement));
}

/** One group per year found in any cell (so that a year with no event in the territory still shows), for the territory. */
export function qpvByYear(cells: readonly QpvCell[], scope: TerritoryScope): QpvGroup[] {
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
  const kept = filterQpvCells(cells, null, scope);
  return years.map((year) => ({ label: String(year), totals: sumQpvCells(kept.filter((c) => c.year === year)) }));
}

/** One group per département of the territory (every one, even with no event), for the chosen year. */
export function qpvByDepartement(cells: readonly QpvCell[], year: YearChoice, scope: TerritoryScope): QpvGroup[] {
  const codes = [...new Set([...Object.keys(DEPARTEMENT_NAMES), ...cells.map((c) => c.departement)])].filter((code) => inScope(scope, code)).sort();
  const kept = filterQpvCells(cells, year, scope);
  return codes.map((code) => ({ label: departementLabel(code), totals: sumQpvCells(kept.filter((c) => c.departement === code)) }));
}
