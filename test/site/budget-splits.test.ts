import { describe, expect, it } from "vitest";
import type { BudgetSplit } from "../../loaders/site/budget-page.js";
import { UNVOTED, dispositifLabel, matchesSplitFilter, splitDispositifs, splitTotals, splitYears, yearLabel } from "../../src/components/budget-splits.js";

const EVENT = "INS'pir - Événement créatif";
const EXPERIMENT = "INS'pir - Expérimentation";
const split = (dispositif: string, year: number | null, versant: string, section: string, engaged: number, paid: number): BudgetSplit => ({ dispositif, year, versant, section, dossiers: 1, engaged, paid });

const splits = [
  split(EXPERIMENT, 2017, "Picardie", "Fonctionnement", 3600, 3600),
  split(EXPERIMENT, 2018, "Nord-Pas-de-Calais", "Investissement", 1000.5, 500),
  split(EVENT, 2017, "Nord-Pas-de-Calais", "Fonctionnement", 10000, 8000),
  split(EVENT, 2018, "Picardie", "Fonctionnement", 5000.25, 0),
  split(EVENT, null, "Picardie", "Fonctionnement", 0, 1200),
];
const none = { versant: null, section: null, dispositif: null, year: null };

describe("labels", () => {
  it("drop the programme's prefix and name the unvoted", () => {
    expect(dispositifLabel(EVENT)).toBe("Événement créatif");
    expect(dispositifLabel("Tiers-lieux du numérique")).toBe("Tiers-lieux du numérique");
    expect(yearLabel(2018)).toBe("2018");
    expect(yearLabel(null)).toBe("Sans vote");
  });
});

describe("splitDispositifs and splitYears", () => {
  it("list the choices in reading order, the unvoted last", () => {
    expect(splitDispositifs(splits)).toEqual([EVENT, EXPERIMENT]);
    expect(splitYears(splits)).toEqual([2017, 2018, UNVOTED]);
    expect(splitYears(splits.slice(0, 2))).toEqual([2017, 2018]);
  });
});

describe("matchesSplitFilter", () => {
  it("tells a year from the unvoted and from every year", () => {
    const unvoted = splits[4]!;
    expect(matchesSplitFilter(unvoted, none)).toBe(true);
    expect(matchesSplitFilter(unvoted, { ...none, year: UNVOTED })).toBe(true);
    expect(matchesSplitFilter(unvoted, { ...none, year: 2018 })).toBe(false);
    expect(matchesSplitFilter(splits[3]!, { ...none, year: UNVOTED })).toBe(false);
  });
});

describe("splitTotals", () => {
  it("adds up by dispositif, to the cent", () => {
    expect(splitTotals(splits, "dispositif", none)).toEqual([
      { key: EVENT, label: "Événement créatif", engaged: 15000.25, paid: 9200 },
      { key: EXPERIMENT, label: "Expérimentation", engaged: 4600.5, paid: 4100 },
    ]);
  });

  it("adds up by year of vote, following versant, section and dispositif", () => {
    expect(splitTotals(splits, "year", { ...none, versant: "Picardie", dispositif: EVENT })).toEqual([
      { key: "2017", label: "2017", engaged: 0, paid: 0 },
      { key: "2018", label: "2018", engaged: 5000.25, paid: 0 },
      { key: UNVOTED, label: "Sans vote", engaged: 0, paid: 1200 },
    ]);
  });

  it("keeps every dispositif, at zero, when the year leaves it nothing", () => {
    expect(splitTotals(splits, "dispositif", { ...none, year: 2017, section: "Investissement" }).map((r) => [r.label, r.engaged])).toEqual([
      ["Événement créatif", 0],
      ["Expérimentation", 0],
    ]);
  });
});
