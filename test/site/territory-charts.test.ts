import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DepartementOutlines } from "../../loaders/site/departement-outlines.js";
import type { EpciRow } from "../../loaders/site/territories-page.js";
import { MIN_CHART_WIDTH } from "../../src/components/chart-theme.js";
import { MAP_MAX_WIDTH, choroplethFill, choroplethLegend, choroplethTable, departementChoropleth, describeDepartementRate } from "../../src/components/map-choropleth.js";
import { insideRing, labelPoint, pathRings, ringArea } from "../../src/components/map-path-geometry.js";
import { epciLabel, epciRankCaption, epciRankChart, epciRankTable, epciValueLabel } from "../../src/components/territory-epci-chart.js";
import type { DepartementRow } from "../../src/components/territory-events.js";
import { groupByDepartement, missingEpciCards } from "../../src/components/territory-missing-list.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { window } = new JSDOM("<!DOCTYPE html>");
const { document } = window;

const epci: EpciRow[] = [
  { siren: "A", name: "CC du Canton d'Oulchy-le-Château", departement: "02", versant: "Picardie", population: 5536, events: 1, per100k: 18.06 },
  { siren: "B", name: "Métropole Européenne de Lille", departement: "59", versant: "Nord-Pas-de-Calais", population: 1_194_040, events: 15, per100k: 1.26 },
];

describe("epciRankChart", () => {
  it("is one SVG image described in words, with no labelled parts", () => {
    const chart = epciRankChart(epci, { width: 500, key: "per100k", document });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.getAttribute("aria-label")).toBe("EPCI classés par événements pour 100 000 habitants");
    expect(n(chart.getAttribute("aria-description"))).toBe(
      "1. CC du Canton d'Oulchy-le-Château (02) : 18,06 pour 100 000 habitants (1 événement). 2. Métropole Européenne de Lille (59) : 1,26 pour 100 000 habitants (15 événements).",
    );
    expect(chart.querySelectorAll("[aria-label]")).toHaveLength(0);
  });

  it("writes each EPCI’s name and value on the drawing", () => {
    const text = n(epciRankChart(epci, { width: 800, key: "events", document }).textContent);
    expect(text).toContain("Métropole Européenne de Lille (59)");
    expect(text).toContain("15 événements");
    expect(text).toContain("1 événement");
  });

  it("keeps a long name whole on a phone, its value on a line of its own", () => {
    const phone = epciRankChart(epci, { width: 320, key: "per100k", document });
    expect(n(phone.textContent)).toContain("CC du Canton d'Oulchy-le-Château (02)");
    expect(phone.textContent).not.toContain("…");
    expect(Number(phone.getAttribute("height"))).toBeGreaterThan(Number(epciRankChart(epci, { width: 800, key: "per100k", document }).getAttribute("height")));
  });

  it("uses the theme’s colours only", () => {
    const fills = [...epciRankChart(epci, { width: 640, key: "per100k", document }).querySelectorAll("[fill]")].map((e) => e.getAttribute("fill")).filter((f) => f !== "none");
    for (const fill of fills) expect(fill).toMatch(/^(var\(--theme-[\w-]+\)|currentColor)$/);
  });

  it("never draws narrower than the minimum width, nor a negative bar", () => {
    const chart = epciRankChart(epci, { width: 0, key: "per100k", document });
    expect(Number(chart.getAttribute("width"))).toBe(MIN_CHART_WIDTH);
    for (const rect of chart.querySelectorAll("rect")) expect(Number(rect.getAttribute("width") ?? 0)).toBeGreaterThanOrEqual(0);
  });

  it("labels an EPCI with its département and its value", () => {
    expect(epciLabel(epci[1]!)).toBe("Métropole Européenne de Lille (59)");
    expect(n(epciValueLabel(epci[0]!, "per100k"))).toBe("18,06 · 1 événement");
    expect(n(epciValueLabel(epci[1]!, "events"))).toBe("15 événements");
  });

  it("says in its caption how many EPCI are drawn when some are left to the table", () => {
    expect(epciRankCaption("events", 15, 40)).toContain("Les 15 premiers des 40 EPCI ayant au moins un événement");
    expect(epciRankCaption("events", 2, 2)).not.toContain("premiers");
  });

  it("tables every ranked EPCI with its rank, population and rate", () => {
    const table = epciRankTable(epci, { key: "per100k", document });
    expect(table.querySelector("caption")?.textContent).toBe("EPCI classés par événements pour 100 000 habitants");
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows).toEqual([
      ["CC du Canton d'Oulchy-le-Château", "1", "02", "5 536", "1", "18,06"],
      ["Métropole Européenne de Lille", "2", "59", "1 194 040", "15", "1,26"],
    ]);
    expect(table.querySelectorAll("tbody th[scope='row']")).toHaveLength(2);
  });
});

describe("missingEpciCards", () => {
  const missing: EpciRow[] = [
    { siren: "C", name: "CU d'Arras", departement: "62", versant: "Nord-Pas-de-Calais", population: 109_781, events: 0, per100k: 0 },
    { siren: "D", name: "CA du Pays de Laon", departement: "02", versant: "Picardie", population: 41_771, events: 0, per100k: 0 },
    { siren: "E", name: "CC du Sud Artois", departement: "62", versant: "Nord-Pas-de-Calais", population: 26_936, events: 0, per100k: 0 },
  ];

  it("groups the EPCI by département, keeping their order", () => {
    expect(groupByDepartement(missing).map((g) => [g.label, g.epci.map((e) => e.siren)])).toEqual([["Aisne (02)", ["D"]], ["Pas-de-Calais (62)", ["C", "E"]]]);
  });

  it("gives each département a card with a heading and the EPCI with their population", () => {
    const cards = missingEpciCards(missing, { document });
    expect([...cards.querySelectorAll(".card > h3")].map((h) => n(h.textContent))).toEqual(["Aisne (02) · 1 EPCI", "Pas-de-Calais (62) · 2 EPCI"]);
    expect([...cards.querySelectorAll("li")].map((li) => n(li.textContent))).toEqual(["CA du Pays de Laon41 771 hab.", "CU d'Arras109 781 hab.", "CC du Sud Artois26 936 hab."]);
  });

  it("follows the heading level it is given", () => {
    expect(missingEpciCards(missing, { document, headingLevel: 4 }).querySelectorAll("h4")).toHaveLength(2);
  });
});

describe("map geometry", () => {
  // A 10 × 10 square drawn with relative moves, then a small absolute triangle.
  const path = "m 0,0 10,0 0,10 -10,0 z M 20,20 L 21,20 20,21 Z";

  it("reads the rings of relative and absolute paths", () => {
    expect(pathRings(path)).toEqual([[[0, 0], [10, 0], [10, 10], [0, 10]], [[20, 20], [21, 20], [20, 21]]]);
  });

  it("measures areas and insides", () => {
    const [square, triangle] = pathRings(path);
    expect(ringArea(square!)).toBe(100);
    expect(ringArea(triangle!)).toBe(0.5);
    expect(insideRing([5, 5], square!)).toBe(true);
    expect(insideRing([15, 5], square!)).toBe(false);
  });

  it("puts a label at the middle of the largest ring", () => {
    expect(labelPoint(path)).toEqual([5, 5]);
  });

  it("keeps the label inside a bent shape, where a centroid would fall outside", () => {
    // An L with arms 2 wide: its centroid, about (3.2, 3.2), falls outside it.
    const l = "M 0,0 L 10,0 10,2 2,2 2,10 0,10 Z";
    const [x, y] = labelPoint(l);
    expect(insideRing([x, y], pathRings(l)[0]!)).toBe(true);
  });

  it("refuses a path with curves, which it cannot follow", () => {
    expect(() => pathRings("M 0,0 C 1,1 2,2 3,3 Z")).toThrow(/C not handled/);
  });
});

describe("departementChoropleth", () => {
  // htl builds with the global document: lend it jsdom's.
  beforeAll(() => {
    vi.stubGlobal("document", document);
    vi.stubGlobal("Node", window.Node);
    vi.stubGlobal("NodeList", window.NodeList);
    vi.stubGlobal("HTMLCollection", window.HTMLCollection);
  });
  afterAll(() => vi.unstubAllGlobals());

  const map: DepartementOutlines = {
    viewBox: "0 0 100 50",
    outlines: [
      { code: "02", path: "M 0,0 L 50,0 50,50 0,50 Z" },
      { code: "59", path: "M 50,0 L 100,0 100,50 50,50 Z" },
    ],
    attribution: "Contours : test (CC BY 4.0)",
  };
  const rows: DepartementRow[] = [
    { code: "02", name: "Aisne", versant: "Picardie", population: 523_342, events: 7, per100k: 1.34 },
    { code: "59", name: "Nord", versant: "Nord-Pas-de-Calais", population: 2_615_635, events: 30, per100k: 1.15 },
  ];

  it("draws each département with a fill graded on its rate, from the theme’s colours", () => {
    const chart = departementChoropleth(map, rows, { width: 400 });
    const paths = [...chart.querySelectorAll("path")];
    expect(paths.map((p) => p.getAttribute("d"))).toEqual(["M 0,0 L 50,0 50,50 0,50 Z", "M 50,0 L 100,0 100,50 50,50 Z"]);
    expect(paths[0]?.getAttribute("style")).toContain(choroplethFill(1.34, 1.34));
    expect(paths[1]?.getAttribute("style")).toContain(choroplethFill(1.15, 1.34));
    for (const p of paths) expect(p.getAttribute("style")).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it("writes each département’s name and rate on it, so colour never carries the value alone", () => {
    const chart = departementChoropleth(map, rows, { width: 400 });
    expect([...chart.querySelectorAll(".map-label")].map((g) => g.textContent?.replace(/\s+/g, " ").trim())).toEqual(["Aisne 1,34", "Nord 1,15"]);
    const [first] = chart.querySelectorAll(".map-label text");
    expect(Number(first?.getAttribute("x"))).toBe(25);
  });

  it("is one image described in words", () => {
    const chart = departementChoropleth(map, rows, { width: 400 });
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.getAttribute("aria-label")).toContain("événements comptés pour 100 000 habitants");
    expect(n(chart.getAttribute("aria-description"))).toBe("Aisne : 1,34 pour 100 000 habitants (7 événements). Nord : 1,15 pour 100 000 habitants (30 événements).");
  });

  it("keeps the view box’s proportions and a readable size", () => {
    const chart = departementChoropleth(map, rows, { width: 2000 });
    expect(chart.getAttribute("viewBox")).toBe("0 0 100 50");
    expect(Number(chart.getAttribute("width"))).toBe(MAP_MAX_WIDTH);
    expect(Number(chart.getAttribute("height"))).toBe(MAP_MAX_WIDTH / 2);
  });

  it("outlines the selected départements thicker", () => {
    const chart = departementChoropleth(map, rows, { width: 400, highlight: ["59"] });
    const widths = [...chart.querySelectorAll("path")].map((p) => /stroke-width: ([\d.]+)px/.exec(p.getAttribute("style") ?? "")?.[1]);
    expect(Number(widths[1])).toBe(3 * Number(widths[0]));
  });
});

describe("choropleth scale, legend and table", () => {
  it("mixes more of the theme’s blue for a higher rate, from 12 % at 0 to 100 % at the highest", () => {
    expect(choroplethFill(0, 2)).toBe("color-mix(in srgb, var(--theme-blue) 12%, var(--theme-background-alt))");
    expect(choroplethFill(1, 2)).toBe("color-mix(in srgb, var(--theme-blue) 56%, var(--theme-background-alt))");
    expect(choroplethFill(2, 2)).toBe("color-mix(in srgb, var(--theme-blue) 100%, var(--theme-background-alt))");
    expect(choroplethFill(0, 0)).toBe(choroplethFill(0, 1));
  });

  it("has a legend that names the measure and writes both ends of the scale", () => {
    const rows = [{ code: "02", name: "Aisne", versant: "Picardie", population: 1, events: 1, per100k: 2.05 }];
    const legend = choroplethLegend(rows, { document });
    expect(legend.querySelector(".map-legend-title")?.textContent).toBe("Événements pour 100 000 habitants");
    expect([...legend.querySelectorAll(".map-legend-ends span")].map((s) => s.textContent)).toEqual(["0,00", "2,05"]);
    expect(legend.querySelector(".map-legend-ramp")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("tables the rows with events, population and rate", () => {
    const table = choroplethTable([{ label: "Nord (59)", events: 30, population: 2_615_635, per100k: 1.15 }], { document });
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Territoire", "Événements", "Population", "Pour 100 000 hab."]);
    expect([...table.querySelectorAll("tbody td")].map((td) => n(td.textContent))).toEqual(["30", "2 615 635", "1,15"]);
  });

  it("describes a département’s rate in a sentence", () => {
    expect(n(describeDepartementRate({ code: "80", name: "Somme", versant: "Picardie", population: 565_413, events: 1, per100k: 0.18 }))).toBe("Somme : 0,18 pour 100 000 habitants (1 événement).");
  });
});
