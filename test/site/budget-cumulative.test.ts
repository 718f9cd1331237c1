import { describe, expect, it } from "vitest";
import type { BudgetMonth } from "../../loaders/site/budget-page.js";
import { budgetPeriod, cumulativeBudget, formatMonth, monthDate } from "../../src/components/budget-cumulative.js";

const months: BudgetMonth[] = [
  { month: "2017-03", versant: "Picardie", section: "Fonctionnement", engaged: 0, paid: 1000 },
  { month: "2017-01", versant: "Nord-Pas-de-Calais", section: "Fonctionnement", engaged: 5000.1, paid: 0 },
  { month: "2017-01", versant: "Picardie", section: "Investissement", engaged: 2000.2, paid: 0 },
  { month: "2017-02", versant: "Nord-Pas-de-Calais", section: "Fonctionnement", engaged: 0, paid: 3000 },
  // A refund larger than the month's payments: the paid curve goes down.
  { month: "2017-04", versant: "Nord-Pas-de-Calais", section: "Fonctionnement", engaged: 0, paid: -500 },
];

describe("cumulativeBudget", () => {
  it("adds up every line month by month, in month order, to the cent", () => {
    const points = cumulativeBudget(months, { versant: null, section: null });
    expect(points.map(({ month, engaged, paid }) => ({ month, engaged, paid }))).toEqual([
      { month: "2017-01", engaged: 7000.3, paid: 0 },
      { month: "2017-02", engaged: 7000.3, paid: 3000 },
      { month: "2017-03", engaged: 7000.3, paid: 4000 },
      { month: "2017-04", engaged: 7000.3, paid: 3500 },
    ]);
    expect(points[0]?.date.toISOString()).toBe("2017-01-01T00:00:00.000Z");
  });

  it("follows the versant and section filters, skipping months without a movement", () => {
    const points = cumulativeBudget(months, { versant: "Picardie", section: null });
    expect(points.map(({ month, engaged, paid }) => [month, engaged, paid])).toEqual([
      ["2017-01", 2000.2, 0],
      ["2017-03", 2000.2, 1000],
    ]);
  });

  it("is empty when nothing matches", () => {
    expect(cumulativeBudget(months, { versant: "Nord-Pas-de-Calais", section: "Investissement" })).toEqual([]);
    expect(cumulativeBudget([], { versant: null, section: null })).toEqual([]);
  });
});

describe("monthDate, formatMonth and budgetPeriod", () => {
  it("read a YYYY-MM month", () => {
    expect(monthDate("2018-12").toISOString()).toBe("2018-12-01T00:00:00.000Z");
    expect(formatMonth("2017-01")).toBe("janvier 2017");
    expect(formatMonth("2019-08")).toBe("août 2019");
  });

  it("gives the first and last months with a movement, or null", () => {
    expect(budgetPeriod(months)?.map((d) => d.toISOString().slice(0, 7))).toEqual(["2017-01", "2017-04"]);
    expect(budgetPeriod([])).toBeNull();
  });
});
