import { type Day, EXPORT_DAY } from "./calendar.js";
import { type Cents, floorTo, share } from "./money.js";
import type { Rng } from "./prng.js";
import type { Dossier, Payment } from "./records.js";
import type { Section } from "./schemes.js";

/** How one section of a voted dossier gets paid. */
export interface SectionPlan {
  section: Section;
  voted: Cents;
  /** Day of the advance, if one is paid (share of the vote given by `advanceRate`). */
  advance: { day: Day; rate: number } | null;
  /** Intermediate payment on invoices, if any. */
  instalment: { day: Day; rate: number } | null;
  /** Day of the final payment (balance of the vote), if the dossier gets closed. */
  balance: Day | null;
}

/** The payments of one section, up to the export day (later ones have not happened). */
export function sectionPayments(dossier: Dossier, plan: SectionPlan): Payment[] {
  const payments: Payment[] = [];
  let paid = 0;
  const add = (day: Day, amount: Cents, type: Payment["type"]): void => {
    if (day > EXPORT_DAY || amount <= 0) return;
    payments.push({ dossier, mandat: "", day, amount, section: plan.section, type });
    paid += amount;
  };
  if (plan.advance) add(plan.advance.day, floorTo(share(plan.voted, plan.advance.rate), 1), "Avance");
  if (plan.instalment) add(plan.instalment.day, floorTo(share(plan.voted, plan.instalment.rate), 1), "Acompte");
  if (plan.balance !== null) add(plan.balance, plan.voted - paid, "Solde");
  return payments;
}

/** true when every section's plan reaches its final payment by the export (the dossier can be Soldé). */
export function fullyPaid(plans: readonly SectionPlan[]): boolean {
  return plans.every((p) => p.balance !== null && p.balance <= EXPORT_DAY);
}

/** A refund of part of what was paid on a section (after a control, or a lapsed grant). */
export function refund(dossier: Dossier, section: Section, day: Day, amount: Cents): Payment[] {
  return day <= EXPORT_DAY && amount > 0 ? [{ dossier, mandat: "", day, amount, section, type: "Reversement" }] : [];
}

/** The usual plan: an advance at `advanceRate` some weeks after the vote (if `withAdvance`), the balance on `balance`. */
export function standardPlan(rng: Rng, section: Section, voted: Cents, vote: Day, balance: Day | null, withAdvance: boolean, advanceRate = 0.5): SectionPlan {
  return {
    section,
    voted,
    advance: withAdvance ? { day: vote + rng.int(15, 60), rate: advanceRate } : null,
    instalment: null,
    balance
  };
}
