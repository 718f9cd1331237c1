import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { QpvCell } from "../../loaders/site/politique-ville-page.js";
import { MIN_CHART_WIDTH } from "../../src/components/chart-theme.js";
import { NO_SHARE, formatShare } from "../../src/components/qpv-share-format.js";
import { qpvAxisMax, qpvShareCaption, qpvShareChart, qpvShareLabel, qpvShareTable, qpvTicks, qpvWholeLabel } from "../../src/components/qpv-share-chart.js";
import { emptyQpvTotals, filterQpvCells, qpvByDepartement, qpvByYear, qpvShares, sumQpvCells } from "../../src/components/qpv-shares.js";
import { territoryScopes } from "../../src/components/territory-scope.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;

function cell(year: number, departement: string, values: Partial<QpvCell>): QpvCell {
  const versant = departement === "59" || departement === "62" ? "Nord-Pas-de-Calais" : "Picardie";
  return { year, departement, versant, events: 0, inQpv: 0, publicQpv: 0, either: 0, engaged: 0, engagedInQpv: 0, engagedPublicQpv: 0, engagedEither: 0, ...values };
}

const cells: QpvCell[] = [
  cell(2017, "59", { events: 9, inQpv: 1, either: 1, engaged: 29_420, engagedInQpv: 4270, engagedEither: 4270 }),
  cell(2017, "80", { events: 2, publicQpv: 1, either: 1, engaged: 11_750, engagedPublicQpv: 7100, engagedEither: 7100 }),
  cell(2018, "62", { events: 8, inQpv: 2, publicQpv: 3, either: 3, engaged: 18_460.1, engagedInQpv: 11_910.05, engagedPublicQpv: 11_910.05, engagedEither: 11_910.05 }),
  // An event only labelled: counted, but nothing engaged.
  cell(2020, "59", { events: 1, publicQpv: 1, either: 1 }),
];
const scopes = territoryScopes([
  { code: "02", versant: "Picardie" },
  { code: "59", versant: "Nord-Pas-de-Calais" },
  { code: "60", versant: "Picardie" },
  { code: "62", versant: "Nord-Pas-de-Calais" },
  { code: "80", versant: "Picardie" },
]);
const region = scopes[0]!;
const nordPasDeCalais = scopes.find((s) => s.label === "Versant Nord-Pas-de-Calais")!;

describe("sumQpvCells", () => {
  it("sums counts and amounts, to the cent", () => {
    expect(sumQpvCells(cells)).toEqual({ events: 20, inQpv: 3, publicQpv: 5, either: 6, engaged: 59_630.1, engagedInQpv: 16_180.05, engagedPublicQpv: 19_010.05, engagedEither: 23_280.05 });
  });

  it("keeps every total exact to the cent, whatever the cells' amounts (arquero sums whole cents)", () => {
    const cents = fc.integer({ min: 0, max: 5_000_000 });
    fc.assert(
      fc.property(fc.array(fc.record({ events: fc.nat(20), engaged: cents, engagedEither: cents }), { maxLength: 30 }), (draws) => {
        const some = draws.map((d) => cell(2018, "59", { events: d.events, engaged: d.engaged / 100, engagedEither: d.engagedEither / 100 }));
        const totals = sumQpvCells(some);
        expect(totals.events).toBe(draws.reduce((sum, d) => sum + d.events, 0));
        expect(Math.round(totals.engaged * 100)).toBe(draws.reduce((sum, d) => sum + d.engaged, 0));
        expect(totals.engaged).toBe(draws.reduce((sum, d) => sum + d.engaged, 0) / 100);
        expect(totals.engagedEither).toBe(draws.reduce((sum, d) => sum + d.engagedEither, 0) / 100);
      })
    );
  });

  it("is all zeros over no cell", () => {
    expect(sumQpvCells([])).toEqual(emptyQpvTotals());
  });
});

describe("qpvShares", () => {
  it("divides each measure by the counted events", () => {
    expect(qpvShares(sumQpvCells(cells), "count").map((s) => [s.label, s.part, s.whole, s.share])).toEqual([
      ["En QPV", 3, 20, 0.15],
      ["Public QPV", 5, 20, 0.25],
      ["L’un ou l’autre", 6, 20, 0.3],
    ]);
  });

  it("divides each measure’s engaged amount by the engaged amount of the counted events", () => {
    const [inQpv] = qpvShares(sumQpvCells(cells), "amount");
    expect(inQpv?.part).toBe(16_180.05);
    expect(inQpv?.whole).toBe(59_630.1);
    expect(inQpv?.share).toBeCloseTo(0.27134, 5);
  });

  it("gives a share of 0 when the whole is 0 (no event, or nothing engaged)", () => {
    expect(qpvShares(emptyQpvTotals(), "count").map((s) => s.share)).toEqual([0, 0, 0]);
    const labelledOnly = sumQpvCells(filterQpvCells(cells, 2020, region));
    expect(qpvShares(labelledOnly, "amount").map((s) => [s.part, s.whole, s.share])).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    expect(qpvShares(labelledOnly, "count").map((s) => s.share)).toEqual([0, 1, 1]);
  });
});

describe("filters and groups", () => {
  it("keeps the cells of a year and a territory", () => {
    expect(filterQpvCells(cells, 2017, region)).toHaveLength(2);
    expect(filterQpvCells(cells, null, nordPasDeCalais).map((c) => c.departement)).toEqual(["59", "62", "59"]);
    expect(filterQpvCells(cells, 2017, nordPasDeCalais).map((c) => c.departement)).toEqual(["59"]);
  });

  it("groups by every year of the data, even one without events in the territory", () => {
    const groups = qpvByYear(cells, nordPasDeCalais);
    expect(groups.map((g) => [g.label, g.totals.events])).toEqual([["2017", 9], ["2018", 8], ["2020", 1]]);
    const somme = scopes.find((s) => s.label === "Somme (80)")!;
    expect(qpvByYear(cells, somme).map((g) => [g.label, g.totals.events])).toEqual([["2017", 2], ["2018", 0], ["2020", 0]]);
  });

  it("groups by every département of the territory, even one without events", () => {
    expect(qpvByDepartement(cells, null, region).map((g) => [g.label, g.totals.events])).toEqual([
      ["Aisne (02)", 0],
      ["Nord (59)", 10],
      ["Oise (60)", 0],
      ["Pas-de-Calais (62)", 8],
      ["Somme (80)", 2],
    ]);
    expect(qpvByDepartement(cells, 2017, nordPasDeCalais).map((g) => [g.label, g.totals.events])).toEqual([["Nord (59)", 9], ["Pas-de-Calais (62)", 0]]);
  });
});

describe("formatShare", () => {
  it("writes a share as a French percentage, and « — » when its whole is 0", () => {
    expect(n(formatShare(17, 79))).toBe("21,5 %");
    expect(n(formatShare(0, 5))).toBe("0,0 %");
    expect(formatShare(0, 0)).toBe(NO_SHARE);
    expect(NO_SHARE).toBe("—");
  });
});

describe("qpvShareChart", () => {
  const groups = qpvByYear(cells, region);

  it("is one SVG image described in words, with no labelled parts", () => {
    const chart = qpvShareChart(groups, { width: 600, basis: "count", groupName: "année", document });
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.getAttribute("aria-label")).toBe("Part des événements comptés en QPV, avec un public QPV, ou l’un ou l’autre, par année");
    expect(n(chart.getAttribute("aria-description"))).toBe(
      "2017, 11 événements : en QPV 9,1 %, public QPV 9,1 %, l’un ou l’autre 18,2 %. 2018, 8 événements : en QPV 25,0 %, public QPV 37,5 %, l’un ou l’autre 37,5 %. 2020, 1 événement : en QPV 0,0 %, public QPV 100,0 %, l’un ou l’autre 100,0 %.",
    );
    expect(chart.querySelectorAll("[aria-label]")).toHaveLength(0);
  });

  it("writes the groups, the measures and the values on the drawing, « — » when nothing was engaged", () => {
    const text = n(qpvShareChart(groups, { width: 600, basis: "amount", groupName: "année", document }).textContent);
    expect(text).toContain("2018");
    expect(text).toContain("L’un ou l’autre");
    expect(text).toContain("64,5 %");
    expect(text).toContain("aucun montant engagé");
    expect(text).toContain("—");
  });

  it("uses the theme’s colours only, and never draws narrower than the minimum", () => {
    const chart = qpvShareChart(groups, { width: 0, basis: "count", groupName: "année", document });
    expect(Number(chart.getAttribute("width"))).toBe(MIN_CHART_WIDTH);
    const fills = [...chart.querySelectorAll("[fill]")].map((e) => e.getAttribute("fill")).filter((f) => f !== "none");
    for (const fill of fills) expect(fill).toMatch(/^(var\(--theme-[\w-]+\)|currentColor)$/);
    for (const rect of chart.querySelectorAll("rect")) expect(Number(rect.getAttribute("width") ?? 0)).toBeGreaterThanOrEqual(0);
  });

  it("labels bars and wholes", () => {
    const [inQpv] = qpvShares(sumQpvCells(cells), "count");
    expect(n(qpvShareLabel(inQpv!, "count"))).toBe("15,0 % (3)");
    expect(n(qpvShareLabel(inQpv!, "amount"))).toBe("15,0 %");
    expect(qpvShareLabel({ ...inQpv!, part: 0, whole: 0, share: 0 }, "count")).toBe("—");
    expect(n(qpvWholeLabel(sumQpvCells(cells), "amount"))).toBe("59 630 € engagés");
    expect(qpvWholeLabel(emptyQpvTotals(), "count")).toBe("aucun événement");
  });

  it("ends its axis at the highest share rounded up to a tenth, between 10 % and 100 %", () => {
    expect(qpvAxisMax(groups, "count")).toBe(1);
    expect(qpvAxisMax([{ label: "x", totals: { ...emptyQpvTotals(), events: 10, either: 2, inQpv: 1, publicQpv: 1 } }], "count")).toBe(0.2);
    expect(qpvAxisMax([{ label: "x", totals: emptyQpvTotals() }], "count")).toBe(0.1);
  });

  it("spaces its ticks to fit the width", () => {
    expect(qpvTicks(0.4, 400)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]);
    expect(qpvTicks(0.4, 200)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(qpvTicks(1, 120)).toEqual([0, 0.5, 1]);
  });

  it("explains « — » in its caption", () => {
    expect(qpvShareCaption("count", "année")).toContain("« — » : aucun événement");
    expect(qpvShareCaption("amount", "département")).toContain("« — » : aucun montant engagé");
  });
});

describe("qpvShareTable", () => {
  it("lists each group then the whole, with parts and shares", () => {
    const groups = qpvByYear(cells, region);
    const table = qpvShareTable(groups, sumQpvCells(cells), { basis: "count", groupName: "année", caption: "Légende", document });
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Année", "Événements", "En QPV", "Part en QPV", "Public QPV", "Part public QPV", "L’un ou l’autre", "Part l’un ou l’autre"]);
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows[0]).toEqual(["2017", "11", "1", "9,1 %", "1", "9,1 %", "2", "18,2 %"]);
    expect(rows[3]).toEqual(["Ensemble", "20", "3", "15,0 %", "5", "25,0 %", "6", "30,0 %"]);
  });

  it("shows amounts to the cent and « — » where nothing was engaged", () => {
    const groups = qpvByYear(cells, region);
    const table = qpvShareTable(groups, sumQpvCells(cells), { basis: "amount", groupName: "année", caption: "Légende", document });
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows[1]).toEqual(["2018", "18 460,10 €", "11 910,05 €", "64,5 %", "11 910,05 €", "64,5 %", "11 910,05 €", "64,5 %"]);
    expect(rows[2]).toEqual(["2020", "0,00 €", "0,00 €", "—", "0,00 €", "—", "0,00 €", "—"]);
  });
});
