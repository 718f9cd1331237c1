import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import type { Assessment } from "../../loaders/site/social-innovation-page.js";
import { describeAxis, radarPoint, socialRadarChart, wrapLabel } from "../../src/components/social-radar-chart.js";
import { socialRadarGrid } from "../../src/components/social-radar-grid.js";
import { socialScoresTable } from "../../src/components/social-scores-table.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { window } = new JSDOM("<!DOCTYPE html>");
const { document } = window;
const MARKERS = ["Contextualisation du besoin", "Place des bénéficiaires", "Nature du collectif", "Intervention du collectif"];
const SCORES = [3, 1.5, 0, 2];
const AVERAGE = [2, 2, 1, 1.25];

beforeAll(() => {
  // htl's `svg` builds with the global document (the browser's on the site).
  Object.assign(globalThis, { document, Node: window.Node, NodeList: window.NodeList, HTMLCollection: window.HTMLCollection });
});

describe("radar geometry", () => {
  it("starts at the top and turns clockwise, from the centre (0) to the rim (3)", () => {
    const [x0, y0] = radarPoint(0, 4, 3, 100);
    expect([Math.round(x0), Math.round(y0)]).toEqual([0, -100]);
    const [x1, y1] = radarPoint(1, 4, 1.5, 100);
    expect([Math.round(x1), Math.round(y1)]).toEqual([50, 0]);
    // + 0 turns the -0 of a zero radius into 0.
    expect(radarPoint(2, 4, 0, 100).map((v) => Math.round(v) + 0)).toEqual([0, 0]);
  });

  it("keeps scores between 0 and the rim", () => {
    expect(radarPoint(0, 4, 5, 100).map(Math.round)).toEqual([0, -100]);
    expect(radarPoint(0, 4, -1, 100).map((v) => Math.round(v) + 0)).toEqual([0, 0]);
  });

  it("wraps long names on lines of at most 15 characters", () => {
    expect(wrapLabel("Capacité de changement social")).toEqual(["Capacité de", "changement", "social"]);
    expect(wrapLabel("Contextualisation du besoin")).toEqual(["Contextualisation", "du besoin"]);
  });

  it("reads an axis in words", () => {
    expect(describeAxis("Gouvernance", 2.5)).toBe("Gouvernance : 2,5 sur 3");
    expect(describeAxis("Gouvernance", 2.5, 1.97)).toBe("Gouvernance : 2,5 sur 3 (moyenne 1,97)");
  });
});

describe("socialRadarChart", () => {
  const chart = () => socialRadarChart(SCORES, { width: 600, labels: MARKERS, reference: AVERAGE, ariaLabel: "Marqueurs du projet" });

  it("is an SVG image with an aria-label and every score in its description", () => {
    const svg = chart();
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Marqueurs du projet");
    expect(svg.getAttribute("aria-description")).toBe(
      "Contextualisation du besoin : 3 sur 3 (moyenne 2) ; Place des bénéficiaires : 1,5 sur 3 (moyenne 2) ; Nature du collectif : 0 sur 3 (moyenne 1) ; Intervention du collectif : 2 sur 3 (moyenne 1,25)",
    );
  });

  it("draws three rings, one spoke per marker, the scores and the dashed reference", () => {
    const svg = chart();
    const polygons = [...svg.querySelectorAll("polygon")];
    // 3 rings + scores + reference.
    expect(polygons).toHaveLength(5);
    expect(svg.querySelectorAll("line")).toHaveLength(4);
    expect(polygons.filter((p) => p.getAttribute("stroke-dasharray"))).toHaveLength(1);
    expect(svg.querySelectorAll("circle")).toHaveLength(4);
  });

  it("writes each marker's name with its score and the average", () => {
    const text = n(chart().textContent);
    expect(text).toContain("Place des");
    expect(text).toContain("1,5 · moy. 2");
    expect(text).toContain("2 · moy. 1,25");
  });

  it("numbers the axes on a narrow screen, and draws no names in small multiples", () => {
    const numbered = socialRadarChart(SCORES, { width: 300, labels: MARKERS, labelMode: "numbers", ariaLabel: "x" });
    expect([...numbered.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["1", "2", "3", "4"]);
    const bare = socialRadarChart(SCORES, { width: 140, labels: MARKERS, labelMode: "none", ariaLabel: "x" });
    expect(bare.querySelectorAll("text")).toHaveLength(0);
    expect(Number(bare.getAttribute("width"))).toBeLessThanOrEqual(140);
  });

  it("uses the theme's colours", () => {
    const fills = [...chart().querySelectorAll("[fill]")].map((e) => e.getAttribute("fill")).filter((f) => f !== "none");
    for (const fill of fills) expect(fill).toMatch(/^(var\(--theme-[\w-]+\)|currentColor)$/);
    const strokes = [...chart().querySelectorAll("[stroke]")].map((e) => e.getAttribute("stroke"));
    for (const stroke of strokes) expect(stroke).toMatch(/^(var\(--theme-[\w-]+\)|currentColor)$/);
  });

  it("keeps a usable size when its container reports a width of 0", () => {
    const svg = socialRadarChart(SCORES, { width: 0, labels: MARKERS, ariaLabel: "x" });
    expect(Number(svg.getAttribute("width"))).toBeGreaterThan(0);
    expect(Number(svg.getAttribute("height"))).toBeGreaterThan(0);
  });
});

describe("socialRadarGrid", () => {
  const assessments: Assessment[] = [
    { dossier: "EX1", intitule: "Cantine solidaire – Lannoy", beneficiaire: "Commune", commune: "Lannoy", dateComite: "2016-07-27", scores: SCORES },
    { dossier: "EX2", intitule: null, beneficiaire: null, commune: "Arras", dateComite: null, scores: [1, 1, 1, 1] },
  ];

  it("lists one small radar per assessment with its name, date and mean score", () => {
    const grid = socialRadarGrid(assessments, { width: 800, labels: MARKERS, document });
    const items = [...grid.querySelectorAll("li")];
    expect(items).toHaveLength(2);
    expect(items[0]?.querySelector(".social-grid-title")?.textContent).toBe("Cantine solidaire – Lannoy");
    expect(n(items[0]?.querySelector(".social-grid-meta")?.textContent)).toBe("27 juillet 2016 · moyenne 1,63");
    expect(items[1]?.querySelector(".social-grid-meta")?.textContent).toBe("moyenne 1");
    expect(items[1]?.querySelector("svg")?.getAttribute("aria-label")).toBe("Marqueurs de Dossier EX2");
  });
});

describe("socialScoresTable", () => {
  it("tabulates project × marker with each row's mean, and the date only when a row has one", () => {
    const table = socialScoresTable([{ label: "Cantine", date: "2019-10-31", scores: SCORES }, { label: "Moyenne", date: null, scores: AVERAGE }], MARKERS, { caption: "Notes", document });
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Projet", "Comité", "1. Contextualisation du besoin", "2. Place des bénéficiaires", "3. Nature du collectif", "4. Intervention du collectif", "Moyenne"]);
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows).toEqual([
      ["Cantine", "31 octobre 2019", "3", "1,5", "0", "2", "1,63"],
      ["Moyenne", "–", "2", "2", "1", "1,25", "1,56"],
    ]);
    const undated = socialScoresTable([{ label: "Moyenne", date: null, scores: AVERAGE }], MARKERS, { caption: "Notes", document });
    expect(undated.querySelectorAll("thead th")).toHaveLength(6);
  });
});
