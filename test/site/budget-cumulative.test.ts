import { describe, expect, it } from "vitest";
import type { BudgetMonth } from "../../loaders/site/budget-page.js";
import { budgetPeriod, cumulativeBudget, envelopeOn, envelopeSteps, monthDate } from "../../src/components/budget-cumulative.js";
import { formatMonth } from "../../src/components/format.js";

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

describe("envelopeSteps", () => {
  const line = (section: string, versant: string, amount: number, date: string | null, counted = true) => ({ section, versant, amount, reference: null, date, counted });
  const lines = [
    line("Fonctionnement", "Nord-Pas-de-Calais", 150000, null),
    line("Investissement", "Picardie", 100000, null),
    line("Fonctionnement", "Nord-Pas-de-Calais", 100000, "2018-07-19"),
    // Voted after the export date: not yet open.
    line("Fonctionnement", "Picardie", 50000, "2020-03-01", false)
  ];
  const start = new Date(Date.UTC(2016, 10, 1));

  it("starts at the undated lines and steps up on each dated line's day, for the chosen lines", () => {
    const all = envelopeSteps(lines, { versant: null, section: null }, start);
    expect(all.map((s) => [s.date.toISOString().slice(0, 10), s.envelope])).toEqual([["2016-11-01", 250000], ["2018-07-19", 350000]]);
    expect(envelopeSteps(lines, { versant: "Picardie", section: null }, start).map((s) => s.envelope)).toEqual([100000]);
    expect(envelopeOn(all, new Date(Date.UTC(2018, 6, 18)))).toBe(250000);
    expect(envelopeOn(all, new Date(Date.UTC(2018, 6, 31)))).toBe(350000);
  });

  it("counts a line dated before the period's start in its first level", () => {
    expect(envelopeSteps(lines, { versant: null, section: null }, new Date(Date.UTC(2019, 0, 1))).map((s) => s.envelope)).toEqual([350000]);
  });
});
