import { describe, expect, it } from "vitest";
import type { BudgetLine } from "../../loaders/indicators/budget.js";
import { budgetFilterLabel, budgetScopeTitle, budgetSelectionTotal, filterBudgetLines, matchesBudgetFilter } from "../../src/components/budget-filter.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

/** An envelope line with its derived fields, as the loader gives it (€). */
function line(section: string, versant: string, envelope: number, engaged: number, paid: number): BudgetLine {
  return { section, versant, envelope, engaged, paid, engagedRate: engaged / envelope, paidRate: paid / envelope, left: envelope - engaged };
}

const lines = [
  line("Fonctionnement", "Nord-Pas-de-Calais", 150000, 100000.1, 50000),
  line("Investissement", "Nord-Pas-de-Calais", 150000, 30000.2, 10000),
  line("Fonctionnement", "Picardie", 200000, 80000, 60000),
  line("Investissement", "Picardie", 100000, 120000, 20000),
];
const all = { versant: null, section: null };

describe("matchesBudgetFilter", () => {
  it("keeps every row when nothing is chosen, and only the chosen versant and section otherwise", () => {
    const row = { versant: "Picardie", section: "Investissement" };
    expect(matchesBudgetFilter(row, all)).toBe(true);
    expect(matchesBudgetFilter(row, { versant: "Picardie", section: null })).toBe(true);
    expect(matchesBudgetFilter(row, { versant: null, section: "Fonctionnement" })).toBe(false);
    expect(matchesBudgetFilter(row, { versant: "Nord-Pas-de-Calais", section: "Investissement" })).toBe(false);
  });
});

describe("filterBudgetLines", () => {
  it("keeps the dataset's order", () => {
    expect(filterBudgetLines(lines, { versant: null, section: "Investissement" }).map((l) => l.versant)).toEqual(["Nord-Pas-de-Calais", "Picardie"]);
  });
});

describe("budgetSelectionTotal", () => {
  it("adds up the four lines to the cent", () => {
    // 100 000,10 + 30 000,20 + 80 000 + 120 000 = 330 000,30 engaged on 600 000.
    const total = budgetSelectionTotal(lines, all);
    expect(total).toMatchObject({ label: "Total", envelope: 600000, engaged: 330000.3, paid: 140000, left: 269999.7 });
    expect(total.engagedRate).toBeCloseTo(0.5500005, 7);
  });

  it("adds up the lines of one versant and names them", () => {
    const total = budgetSelectionTotal(lines, { versant: "Picardie", section: null });
    expect(total).toMatchObject({ label: "Total (Picardie)", envelope: 300000, engaged: 200000, paid: 80000, left: 100000 });
  });

  it("lets what is left go negative on an over-committed line", () => {
    expect(budgetSelectionTotal(lines, { versant: "Picardie", section: "Investissement" }).left).toBe(-20000);
  });

  it("is all zeros when no line matches", () => {
    expect(budgetSelectionTotal([], all)).toMatchObject({ envelope: 0, engaged: 0, paid: 0, engagedRate: 0 });
  });
});

describe("budgetFilterLabel and budgetScopeTitle", () => {
  it("name the selection in French", () => {
    expect(budgetFilterLabel(all)).toBe("toute l’enveloppe");
    expect(budgetFilterLabel({ versant: "Picardie", section: "Fonctionnement" })).toBe("Fonctionnement · Picardie");
    expect(n(budgetScopeTitle(all, 600000))).toBe("enveloppe de 600 000 €");
    expect(n(budgetScopeTitle({ versant: null, section: "Investissement" }, 250000))).toBe("Investissement, enveloppe de 250 000 €");
  });
});
