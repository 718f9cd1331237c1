import type { BudgetLine, BudgetTotal } from "./indicators-document.js";
import { ratio } from "./ratio.js";

/** An envelope line or the total, with the derived figures the site shows (euros and fractions of the envelope). */
export interface BudgetRow {
  /** "Fonctionnement · Picardie", or "Total" for the whole envelope. */
  label: string;
  envelope: number;
  engaged: number;
  paid: number;
  /** Envelope − engaged, in euros (negative when over-committed). */
  left: number;
  engagedRate: number;
  paidRate: number;
  leftRate: number;
  /** Paid ÷ engaged. */
  paidOfEngaged: number;
}

/** Derived figures of one envelope line, or of the total when `label` is given (euros, fractions). */
export function budgetRow(line: BudgetLine | BudgetTotal, label = "section" in line ? `${line.section} · ${line.versant}` : "Total"): BudgetRow {
  const { envelope, engaged, paid } = line;
  const left = Math.round((envelope - engaged) * 100) / 100;
  return {
    label,
    envelope,
    engaged,
    paid,
    left,
    engagedRate: ratio(engaged, envelope),
    paidRate: ratio(paid, envelope),
    leftRate: ratio(left, envelope),
    paidOfEngaged: ratio(paid, engaged),
  };
}

/** Derived figures of every envelope line, in the document's order (versant, then section). */
export function budgetRows(lines: readonly BudgetLine[]): BudgetRow[] {
  return lines.map((line) => budgetRow(line));
}
