import type { BudgetLine } from "../../loaders/indicators/budget.js";
import { type BudgetRow, budgetRow } from "./budget-rows.js";
import { formatEuros } from "./format.js";

/** The versant and section chosen on the budget page; null means all of them. */
export interface BudgetFilter {
  versant: string | null;
  section: string | null;
}

/** The two versants of the region, in the order the envelope lines come. */
export const VERSANTS = ["Nord-Pas-de-Calais", "Picardie"] as const;
/** The two budget sections. */
export const SECTIONS = ["Fonctionnement", "Investissement"] as const;

/** Whether a row (envelope line, monthly movement, split) belongs to the chosen versant and section. */
export function matchesBudgetFilter(row: { versant: string; section: string }, filter: BudgetFilter): boolean {
  return (filter.versant === null || row.versant === filter.versant) && (filter.section === null || row.section === filter.section);
}

/** What the filter keeps, in words: "toute l’enveloppe", "Picardie", "Fonctionnement · Picardie". */
export function budgetFilterLabel(filter: BudgetFilter): string {
  const parts = [filter.section, filter.versant].filter((p): p is string => p !== null);
  return parts.length ? parts.join(" · ") : "toute l’enveloppe";
}

// Sums in whole cents so that 0,1 + 0,2 € is 0,3 €.
const sumCents = (values: readonly number[]) => Math.round(values.reduce((sum, v) => sum + Math.round(v * 100), 0)) / 100;

/** The envelope lines of the chosen versant and section, in the dataset's order (versant, then section). */
export function filterBudgetLines<T extends BudgetLine>(lines: readonly T[], filter: BudgetFilter): T[] {
  return lines.filter((line) => matchesBudgetFilter(line, filter));
}

/** Envelope, engaged, paid and what is left of the chosen lines added up, with their rates (€, shares 0–1). */
export function budgetSelectionTotal(lines: readonly BudgetLine[], filter: BudgetFilter): BudgetRow {
  const chosen = filterBudgetLines(lines, filter);
  const label = filter.versant === null && filter.section === null ? "Total" : `Total (${budgetFilterLabel(filter)})`;
  return budgetRow({ envelope: sumCents(chosen.map((l) => l.envelope)), engaged: sumCents(chosen.map((l) => l.engaged)), paid: sumCents(chosen.map((l) => l.paid)) }, label);
}

/** The key figures' title: "enveloppe de 700 000 €", or "Picardie : enveloppe de 300 000 €" when filtered. */
export function budgetScopeTitle(filter: BudgetFilter, envelope: number): string {
  const amount = `enveloppe de ${formatEuros(envelope)}`;
  return filter.versant === null && filter.section === null ? amount : `${budgetFilterLabel(filter)}, ${amount}`;
}
