import { describe, expect, it } from "vitest";
import type { TiersLieuYear } from "../../loaders/site/tiers-lieux-page.js";
import { attentionRows, departementCodes, equipmentRows, functionCounts, keepDepartement, scheduleMarks, tiersLieuxSummary } from "../../src/components/tiers-lieux-rows.js";

const SCHEDULE = [{ annee: 1, cap: 45_000 }, { annee: 2, cap: 30_000 }, { annee: 3, cap: 15_000 }];
const PAGE = { schedule: SCHEDULE, equipmentCap: 30_000, equipmentMaxRate: 0.5, minFunctions: 2 };

function year(partial: Partial<TiersLieuYear> & Pick<TiersLieuYear, "siren" | "annee">): TiersLieuYear {
  return { name: `EPCI ${partial.siren}`, departement: "59", dossiers: 1, fonctionnement: 0, investissement: 0, coutTotal: 0, fonctions: ["fablab", "médiation"], ...partial };
}

const YEARS: TiersLieuYear[] = [
  // Within every rule.
  year({ siren: "A", annee: 1, fonctionnement: 45_000, investissement: 20_000, coutTotal: 100_000 }),
  year({ siren: "A", annee: 2, fonctionnement: 30_000 }),
  // Two aids in year 1 (75 000 € > 45 000 €), equipment above the cap but within 50 % of the cost.
  year({ siren: "B", departement: "80", annee: 1, dossiers: 2, fonctionnement: 75_000, investissement: 36_000, coutTotal: 172_800, fonctions: ["coworking", "fablab", "médiation"] }),
  // Year 3 above its cap, one function only, equipment above 50 % of the cost (24 000 > 21 000).
  year({ siren: "C", departement: "02", annee: 3, fonctionnement: 15_000.01, investissement: 24_000, coutTotal: 42_000, fonctions: ["médiation"] }),
  // No plan year.
  year({ siren: "D", annee: null, fonctionnement: 10_000 }),
];

describe("département filter", () => {
  it("keeps the EPCI-years of a département, or all of them", () => {
    expect(keepDepartement(YEARS, "80").map((r) => r.siren)).toEqual(["B"]);
    expect(keepDepartement(YEARS, null)).toHaveLength(5);
  });

  it("lists the départements by code", () => {
    expect(departementCodes(YEARS)).toEqual(["02", "59", "80"]);
  });
});

describe("scheduleMarks", () => {
  const marks = scheduleMarks(YEARS, SCHEDULE);

  it("gives each EPCI-year its year's cap and leaves out the rows without a plan year", () => {
    expect(marks.map((m) => [m.siren, m.annee, m.cap, m.over])).toEqual([
      ["A", 1, 45_000, false],
      ["A", 2, 30_000, false],
      ["B", 1, 45_000, true],
      ["C", 3, 15_000, true],
    ]);
  });

  it("treats an amount equal to the cap as within it", () => {
    expect(scheduleMarks([year({ siren: "E", annee: 2, fonctionnement: 30_000 })], SCHEDULE)[0]?.over).toBe(false);
  });
});

describe("equipmentRows", () => {
  const rows = equipmentRows(YEARS, 30_000, 0.5);

  it("keeps the EPCI-years with equipment, largest first, with 50 % of the cost and the lower limit", () => {
    expect(rows.map((r) => [r.siren, r.investissement, r.rateLimit, r.limit, r.overCap, r.overRate])).toEqual([
      ["B", 36_000, 86_400, 30_000, true, false],
      ["C", 24_000, 21_000, 21_000, false, true],
      ["A", 20_000, 50_000, 30_000, false, false],
    ]);
  });
});

describe("functionCounts", () => {
  it("counts each aided EPCI once per function, whatever its number of years, the most offered first", () => {
    expect(functionCounts(YEARS, ["télétravail", "coworking", "médiation", "fablab"])).toEqual([
      { fonction: "médiation", epci: 4 },
      { fonction: "fablab", epci: 3 },
      { fonction: "coworking", epci: 1 },
      { fonction: "télétravail", epci: 0 },
    ]);
  });

  it("keeps the call's order on a tie", () => {
    expect(functionCounts([], ["médiation", "fablab"]).map((f) => f.fonction)).toEqual(["médiation", "fablab"]);
  });
});

describe("attentionRows", () => {
  it("flags several aids in a year, caps exceeded, a single function and a missing year", () => {
    expect(attentionRows(YEARS, PAGE).map((r) => [r.siren, r.annee, r.issues])).toEqual([
      ["B", 1, ["2 aides votées la même année (une seule par EPCI)", "fonctionnement au-dessus du plafond de l’année 1", "équipement au-dessus du plafond"]],
      ["C", 3, ["fonctionnement au-dessus du plafond de l’année 3", "équipement au-delà de 50 % du coût total", "une seule fonction (au moins 2)"]],
      ["D", null, ["année du plan non renseignée"]],
    ]);
  });

  it("says when no function is given", () => {
    expect(attentionRows([year({ siren: "E", annee: 1, fonctions: [] })], PAGE)[0]?.issues).toEqual(["aucune fonction (au moins 2)"]);
  });
});

describe("tiersLieuxSummary", () => {
  it("counts EPCI, sums the amounts to the cent and counts the rule breaks", () => {
    expect(tiersLieuxSummary(YEARS, PAGE)).toEqual({ epciWithAid: 4, fonctionnement: 175_000.01, investissement: 80_000, multipleAids: 1, attention: 3 });
    expect(tiersLieuxSummary([], PAGE)).toEqual({ epciWithAid: 0, fonctionnement: 0, investissement: 0, multipleAids: 0, attention: 0 });
  });
});
