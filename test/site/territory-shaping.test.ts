import { describe, expect, it } from "vitest";
import type { EpciRow, EventCount } from "../../loaders/site/territories-page.js";
import { areaRows, scopeTotals, sumAreas } from "../../src/components/territory-areas.js";
import { epciCoverage, epciWithoutEvent, rankEpci } from "../../src/components/territory-coverage.js";
import { type DepartementRow, departementsForYear, epciForYear, epciInScope, per100k } from "../../src/components/territory-events.js";
import { formatPer100k } from "../../src/components/territory-format.js";
import { inScope, regionScope, scopeOfParams, scopeParams, scopePhrase, territoryFilterFields, territoryScopes } from "../../src/components/territory-scope.js";
import { yearPhrase } from "../../src/components/territory-year.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const epci: EpciRow[] = [
  { siren: "A", name: "CA Alpha", departement: "59", versant: "Nord-Pas-de-Calais", population: 200_000, events: 3, per100k: 1.5 },
  { siren: "B", name: "CC Bêta", departement: "02", versant: "Picardie", population: 8_000, events: 1, per100k: 12.5 },
  { siren: "C", name: "CC Gamma", departement: "02", versant: "Picardie", population: 30_000, events: 0, per100k: 0 },
  { siren: "D", name: "CC Delta", departement: "62", versant: "Nord-Pas-de-Calais", population: 50_000, events: 0, per100k: 0 },
];
const counts: EventCount[] = [
  { siren: "A", year: 2017, events: 2 },
  { siren: "A", year: 2018, events: 1 },
  { siren: "B", year: 2018, events: 1 },
];
const departements: DepartementRow[] = [
  { code: "59", name: "Nord", versant: "Nord-Pas-de-Calais", population: 300_000, events: 3, per100k: 1 },
  { code: "02", name: "Aisne", versant: "Picardie", population: 60_000, events: 1, per100k: 1.67 },
  { code: "62", name: "Pas-de-Calais", versant: "Nord-Pas-de-Calais", population: 100_000, events: 0, per100k: 0 },
];

describe("year phrase", () => {
  it("ends a sentence with the year chosen", () => {
    expect(yearPhrase(null)).toBe("toutes années confondues");
    expect(yearPhrase(2018)).toBe("en 2018");
  });
});

describe("territory filter", () => {
  const scopes = territoryScopes(departements);

  it("offers the region, each versant, then each département by code", () => {
    expect(scopes.map((s) => s.label)).toEqual(["Toute la région", "Versant Nord-Pas-de-Calais", "Versant Picardie", "Aisne (02)", "Nord (59)", "Pas-de-Calais (62)"]);
    expect(scopes[0]?.departements).toEqual(["02", "59", "62"]);
    expect(scopes[1]?.departements).toEqual(["59", "62"]);
    expect(scopes[4]?.departements).toEqual(["59"]);
  });

  it("is read from the address: the département first, then the versant, else the region", () => {
    expect(scopeOfParams(scopes, { departement: "62", versant: "Picardie" }).label).toBe("Pas-de-Calais (62)");
    expect(scopeOfParams(scopes, { versant: "Picardie" }).label).toBe("Versant Picardie");
    expect(scopeOfParams(scopes, { departement: "75" }).label).toBe("Toute la région");
  });

  it("gives the filter bar its versant and département fields, and each scope its parameters in the address", () => {
    expect(territoryFilterFields(departements).map((f) => [f.name, f.options!.map((o) => `${o.value}=${o.label}`)])).toEqual([
      ["versant", ["=Les deux versants", "Nord-Pas-de-Calais=Nord-Pas-de-Calais", "Picardie=Picardie"]],
      ["departement", ["=Toute la région", "02=Aisne (02)", "59=Nord (59)", "62=Pas-de-Calais (62)"]],
    ]);
    expect(scopes.map(scopeParams)).toEqual([{}, { versant: "Nord-Pas-de-Calais" }, { versant: "Picardie" }, { departement: "02" }, { departement: "59" }, { departement: "62" }]);
    // What the bar writes reads back as the same scope.
    for (const scope of scopes) expect(scopeOfParams(scopes, scopeParams(scope))).toBe(scope);
  });

  it("tells whether a département is in the scope", () => {
    expect(inScope(scopes[2]!, "02")).toBe(true);
    expect(inScope(scopes[2]!, "59")).toBe(false);
  });

  it("reads as a French phrase, with the département’s article", () => {
    expect(scopes.map(scopePhrase)).toEqual([
      "dans toute la région",
      "dans le versant Nord-Pas-de-Calais",
      "dans le versant Picardie",
      "dans l’Aisne",
      "dans le Nord",
      "dans le Pas-de-Calais",
    ]);
  });
});

describe("per100k", () => {
  it("is events × 100 000 ÷ population, rounded to 2 decimals", () => {
    expect(per100k(1, 5536)).toBe(18.06);
    expect(per100k(15, 1_194_040)).toBe(1.26);
    expect(per100k(3, 200_000)).toBe(1.5);
  });

  it("rounds half away from zero without binary artefacts", () => {
    // 1 × 100 000 ÷ 8 000 000 = 0.0125 → 0.01; 201 ÷ 20 000 000 × 100 000 = 1.005 → 1.01.
    expect(per100k(1, 8_000_000)).toBe(0.01);
    expect(per100k(201, 20_000_000)).toBe(1.01);
  });

  it("is 0 when the population is 0", () => {
    expect(per100k(4, 0)).toBe(0);
  });

  it("is written with a decimal comma and two decimals", () => {
    expect(formatPer100k(1.2)).toBe("1,20");
    expect(formatPer100k(18.06)).toBe("18,06");
    expect(n(formatPer100k(1234.5))).toBe("1 234,50");
    expect(formatPer100k(Number.NaN)).toBe("–");
  });
});

describe("epciForYear", () => {
  it("keeps the dataset’s figures for every year together", () => {
    expect(epciForYear(epci, counts, null)).toEqual(epci);
  });

  it("recomputes events and per100k from the counts of one year", () => {
    const rows = epciForYear(epci, counts, 2018);
    expect(rows.map((e) => [e.siren, e.events, e.per100k])).toEqual([["A", 1, 0.5], ["B", 1, 12.5], ["C", 0, 0], ["D", 0, 0]]);
  });

  it("gives every EPCI 0 in a year without events", () => {
    expect(epciForYear(epci, counts, 2020).every((e) => e.events === 0 && e.per100k === 0)).toBe(true);
  });
});

describe("departementsForYear", () => {
  const byYear = [
    { year: 2017, departement: "59", events: 2 },
    { year: 2018, departement: "59", events: 1 },
    { year: 2018, departement: "02", events: 1 },
  ];

  it("recomputes events and per100k of each département for one year", () => {
    expect(departementsForYear(departements, byYear, 2017).map((d) => [d.code, d.events, d.per100k])).toEqual([["59", 2, 0.67], ["02", 0, 0], ["62", 0, 0]]);
  });

  it("keeps the dataset’s figures for every year together", () => {
    expect(departementsForYear(departements, byYear, null)).toEqual(departements);
  });
});

describe("epciInScope", () => {
  it("keeps the EPCI whose département is in the scope", () => {
    const picardie = territoryScopes(departements).find((s) => s.label === "Versant Picardie")!;
    expect(epciInScope(epci, picardie).map((e) => e.siren)).toEqual(["B", "C"]);
  });
});

describe("areas", () => {
  it("sums events and population and recomputes the rate", () => {
    expect(sumAreas(departements)).toEqual({ events: 4, population: 460_000, per100k: 0.87 });
  });

  it("totals the scope’s départements", () => {
    const nord = territoryScopes(departements).find((s) => s.label === "Versant Nord-Pas-de-Calais")!;
    expect(scopeTotals(departements, nord)).toEqual({ events: 3, population: 400_000, per100k: 0.75 });
    expect(scopeTotals(departements, regionScope(departements)).events).toBe(4);
  });

  it("lists the départements, then the versants, then the region", () => {
    expect(areaRows(departements).map((a) => [a.kind, a.label, a.events, a.per100k])).toEqual([
      ["departement", "Aisne (02)", 1, 1.67],
      ["departement", "Nord (59)", 3, 1],
      ["departement", "Pas-de-Calais (62)", 0, 0],
      ["versant", "Versant Nord-Pas-de-Calais", 3, 0.75],
      ["versant", "Versant Picardie", 1, 1.67],
      ["region", "Hauts-de-France", 4, 0.87],
    ]);
  });
});

describe("coverage", () => {
  it("counts the EPCI with at least one event, and their share", () => {
    expect(epciCoverage(epci)).toEqual({ withEvent: 2, total: 4, share: 0.5 });
  });

  it("is 0 over no EPCI", () => {
    expect(epciCoverage([])).toEqual({ withEvent: 0, total: 0, share: 0 });
  });

  it("lists the EPCI without event, the most populated first", () => {
    expect(epciWithoutEvent(epci).map((e) => e.siren)).toEqual(["D", "C"]);
  });

  it("ranks the EPCI with events by rate or by count, ties by the other figure then by name", () => {
    expect(rankEpci(epci, "per100k").map((e) => e.siren)).toEqual(["B", "A"]);
    expect(rankEpci(epci, "events").map((e) => e.siren)).toEqual(["A", "B"]);
    const tied: EpciRow[] = [
      { ...epci[1]!, siren: "Z", name: "Zeta", events: 1, per100k: 2 },
      { ...epci[1]!, siren: "Y", name: "Éta", events: 1, per100k: 2 },
      { ...epci[1]!, siren: "X", name: "Iota", events: 1, per100k: 3 },
    ];
    expect(rankEpci(tied, "events").map((e) => e.name)).toEqual(["Iota", "Éta", "Zeta"]);
  });
});
