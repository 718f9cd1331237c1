import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { budgetGaugeChart, budgetGaugeLegend, budgetGaugeTable, describeBudgetRow } from "../../src/components/budget-gauge-chart.js";
import { budgetRow, budgetRows } from "../../src/components/budget-rows.js";
import { chartFigure } from "../../src/components/chart-figure.js";
import { MIN_CHART_WIDTH } from "../../src/components/chart-theme.js";
import { eventsByDepartementChart, eventsByDepartementTable } from "../../src/components/events-by-departement-chart.js";
import { ideaFunnelChart, ideaFunnelTable } from "../../src/components/idea-funnel-chart.js";
import { shareBarChart } from "../../src/components/share-bar-chart.js";
import { indicatorsFixture } from "./fixture.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;
const doc = indicatorsFixture();
const lines = budgetRows(doc.budget.lines);

/** Each chart function, drawn from the fixture at a given width (px). */
const charts: Record<string, (width: number) => Element> = {
  budgetGaugeChart: (width) => budgetGaugeChart(lines, { width, document }),
  eventsByDepartementChart: (width) => eventsByDepartementChart(doc.events.byDepartement, { width, document }),
  ideaFunnelChart: (width) => ideaFunnelChart(doc.ideas.funnel, { width, document }),
  shareBarChart: (width) => shareBarChart(0.3, { width, document, ariaLabel: "28 EPCI sur 92" }),
};

describe.each(Object.entries(charts))("%s", (_name, draw) => {
  it("returns an SVG image with an aria-label", () => {
    const chart = draw(640);
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.getAttribute("aria-label")?.length).toBeGreaterThan(5);
  });

  it("leaves no aria-label on the parts of the image (not allowed inside role=img)", () => {
    expect(draw(640).querySelectorAll("[aria-label]")).toHaveLength(0);
  });

  it("draws no rect with a negative width when its container reports a width of 0", () => {
    for (const rect of draw(0).querySelectorAll("rect")) expect(Number(rect.getAttribute("width") ?? 0)).toBeGreaterThanOrEqual(0);
  });

  it("uses the theme's colours (CSS variables or the text colour), not fixed ones", () => {
    const fills = [...draw(640).querySelectorAll("[fill]")].map((e) => e.getAttribute("fill")).filter((f) => f !== "none");
    for (const fill of fills) expect(fill).toMatch(/^(var\(--theme-[\w-]+\)|currentColor)$/);
  });
});

describe.each(["budgetGaugeChart", "eventsByDepartementChart", "ideaFunnelChart"])("%s with axes and margins", (name) => {
  it("never draws narrower than the minimum width", () => {
    expect(Number(charts[name]?.(0).getAttribute("width"))).toBe(MIN_CHART_WIDTH);
  });
});

describe("budgetGaugeChart", () => {
  it("describes every envelope line in words for screen readers", () => {
    const description = n(budgetGaugeChart(lines, { width: 800, document }).getAttribute("aria-description"));
    expect(description).toContain("Fonctionnement · Nord-Pas-de-Calais : 118 450 € engagés (79,0 %) et 86 211 € mandatés (57,5 %) sur une enveloppe de 150 000 €.");
    expect(description.match(/enveloppe de/g)).toHaveLength(4);
  });

  it("names each line and its rates on the drawing", () => {
    const text = n(budgetGaugeChart(lines, { width: 800, document }).textContent);
    expect(text).toContain("Investissement · Picardie");
    expect(text).toContain("engagé 23,8 % · mandaté 12,0 %");
    expect(text).toContain("100 %");
  });

  it("stretches its axis past 100 % when a line is over-committed", () => {
    const over = [budgetRow({ section: "Fonctionnement", versant: "Picardie", envelope: 100, engaged: 130, paid: 20 })];
    expect(n(budgetGaugeChart(over, { width: 800, document }).textContent)).toContain("125 %");
  });

  it("has a legend drawn with shapes and words", () => {
    const legend = budgetGaugeLegend({ document });
    expect(legend.textContent).toBe("EngagéMandatéEnveloppe (100 %)");
    expect(legend.querySelectorAll(".swatch[aria-hidden='true']")).toHaveLength(3);
  });
});

describe("data tables", () => {
  it("lists the budget lines then the total, with cents", () => {
    const table = budgetGaugeTable(lines, budgetRow(doc.budget.total), { document });
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual(["Fonctionnement · Nord-Pas-de-Calais", "150 000,00 €", "118 450,00 €", "79,0 %", "86 210,50 €", "57,5 %", "31 550,00 €"]);
    expect(rows[4]?.[0]).toBe("Total");
    expect(rows[4]?.[6]).toBe("301 324,50 €");
  });

  it("has a caption, column headers and row headers", () => {
    const table = eventsByDepartementTable(doc.events.byDepartement, { document });
    expect(table.querySelector("caption")?.textContent).toBe("Événements créatifs comptés par département");
    expect([...table.querySelectorAll("thead th[scope='col']")].map((th) => th.textContent)).toEqual(["Département", "Événements comptés"]);
    expect([...table.querySelectorAll("tbody th[scope='row']")].map((th) => th.textContent)).toEqual(["Aisne (02)", "Nord (59)", "Oise (60)", "Pas-de-Calais (62)", "Somme (80)"]);
  });

  it("gives each funnel stage its share of the emerged ideas", () => {
    const table = ideaFunnelTable(doc.ideas.funnel, { document });
    const mature = [...table.querySelectorAll("tbody tr")].find((tr) => tr.firstElementChild?.textContent === "Mûrie");
    expect([...(mature?.children ?? [])].map((c) => n(c.textContent))).toEqual(["Mûrie", "58", "27,4 %"]);
  });
});

describe("chartFigure", () => {
  it("puts the chart, a caption and the data table in a collapsed section", () => {
    const chart = budgetGaugeChart(lines, { width: 600, document });
    const table = budgetGaugeTable(lines, budgetRow(doc.budget.total), { document });
    const figure = chartFigure(chart, { caption: "Légende", table, document });
    expect(figure.tagName).toBe("FIGURE");
    expect(figure.firstElementChild).toBe(chart);
    expect(figure.querySelector("figcaption")?.textContent).toBe("Légende");
    expect(figure.querySelector("details > summary")?.textContent).toBe("Voir les données");
    expect(figure.querySelector("details > table")).toBe(table);
  });
});

describe("describeBudgetRow", () => {
  it("reads the total too", () => {
    expect(n(describeBudgetRow(budgetRow(doc.budget.total)))).toBe(
      "Total : 298 676 € engagés (49,8 %) et 200 531 € mandatés (33,4 %) sur une enveloppe de 600 000 €.",
    );
  });
});
