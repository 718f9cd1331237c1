import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { abandonedRows, ideasAbandonedChart, ideasAbandonedTable } from "../../src/components/ideas-abandoned-chart.js";
import { ideasConversionList } from "../../src/components/ideas-conversion-list.js";
import { ideasFunnel } from "../../src/components/ideas-funnel.js";
import { ideasFunnelTable } from "../../src/components/ideas-funnel-table.js";
import { groupFigures, ideasGroupChart, ideasGroupTable, truncate } from "../../src/components/ideas-group-chart.js";
import { ideasGroupLegend } from "../../src/components/ideas-group-legend.js";
import { eventGroups, eventLabel, ideasGroup, themeGroups } from "../../src/components/ideas-groups.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";
import { describeChartContract } from "./chart-contract.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;
const STAGES = ["Émergée", "Publiée", "Accompagnée", "Mûrie", "Expérimentée", "Activité créée"];
const funnel = ideasFunnel(STAGES, { atStage: [10, 6, 4, 3, 2, 1], abandonedAtStage: [4, 2, 1, 1, 0, 0] });
const events = [
  { dossier: "EX1", intitule: "Hackathon santé", commune: "Lille", year: 2018, atStage: [2, 1, 0, 1, 0, 0], abandonedAtStage: [1, 0, 0, 0, 0, 0] },
  { dossier: "EX2", intitule: null, commune: "Amiens", year: 2019, atStage: [3, 2, 1, 0, 1, 1], abandonedAtStage: [0, 1, 0, 0, 0, 0] },
];
const groups = eventGroups(events, STAGES);

const charts: Record<string, (width: number) => Element> = {
  ideasAbandonedChart: (width) => ideasAbandonedChart(funnel.steps, { width, document }),
  ideasGroupChart: (width) => ideasGroupChart(groups, { width, document, ariaLabel: "Idées par événement" }),
};

describeChartContract(charts, { widths: [640] });

describe("ideas groups", () => {
  it("names an event by its title, or by its dossier when the title is empty", () => {
    expect(eventLabel({ dossier: "EX2", intitule: null })).toBe("Dossier EX2");
    expect(eventLabel({ dossier: "EX2", intitule: "  " })).toBe("Dossier EX2");
    expect(eventLabel({ dossier: "EX1", intitule: " Hackathon " })).toBe("Hackathon");
  });

  it("sorts events by emerged ideas, with their commune and year, matured count and share", () => {
    expect(groups.map((g) => [g.label, g.detail, g.emerged, g.matured, g.abandoned])).toEqual([
      ["Dossier EX2", "Amiens · 2019", 8, 2, 1],
      ["Hackathon santé", "Lille · 2018", 4, 1, 1],
    ]);
    expect(groups[0]?.reached).toEqual([8, 5, 3, 2, 2, 1]);
    expect(groups[1]?.maturedShare).toBe(0.25);
  });

  it("keeps the themes in the loader's order, without detail", () => {
    const themes = themeGroups([{ theme: "Santé", atStage: [1, 0, 0, 0, 0, 0], abandonedAtStage: [0, 0, 0, 0, 0, 0] }, { theme: "Autres", atStage: [0, 0, 0, 5, 0, 0], abandonedAtStage: [0, 0, 0, 0, 0, 0] }], STAGES);
    expect(themes.map((t) => [t.label, t.detail, t.emerged, t.matured])).toEqual([["Santé", "", 1, 0], ["Autres", "", 5, 5]]);
  });

  it("writes a group's figures in words, with agreement", () => {
    expect(n(groupFigures(ideasGroup("x", "", STAGES, { atStage: [11, 0, 0, 1, 0, 0], abandonedAtStage: [0, 0, 0, 0, 0, 0] })))).toBe("12 idées · 1 mûrie (8 %)");
    expect(n(groupFigures(groups[0]!))).toBe("8 idées · 2 mûries (25 %)");
  });

  it("shortens long names with an ellipsis", () => {
    expect(truncate("Boot camp culture", 40)).toBe("Boot camp culture");
    expect(truncate("Boot camp culture", 10)).toBe("Boot camp…");
  });

  it("shows each group's name, detail and figures on the chart and in its description", () => {
    const chart = ideasGroupChart(groups, { width: 800, document, ariaLabel: "Idées par événement" });
    expect(n(chart.textContent)).toContain("Hackathon santé — Lille · 2018");
    expect(n(chart.textContent)).toContain("4 idées · 1 mûrie (25 %)");
    expect(n(chart.getAttribute("aria-description"))).toContain("Hackathon santé (Lille · 2018) : 4 idées · 1 mûrie (25 %).");
  });

  it("tabulates each group's funnel", () => {
    const table = ideasGroupTable(groups, STAGES, { caption: "Par événement", groupLabel: "Événement", document });
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Événement", "Commune · année", ...STAGES, "Part mûrie", "Abandonnées"]);
    const first = [...(table.querySelector("tbody tr")?.children ?? [])].map((c) => n(c.textContent));
    expect(first).toEqual(["Dossier EX2", "Amiens · 2019", "8", "5", "3", "2", "2", "1", "25,0 %", "1"]);
    expect(table.querySelector("a")).toBeNull();
  });

  it("links an event's emerged ideas to its dossier, where they are listed", () => {
    const table = ideasGroupTable(groups, STAGES, { caption: "Par événement", groupLabel: "Événement", document, emergedHref: (g) => `./dossiers?dossier=${g.dossier}` });
    const links = [...table.querySelectorAll("tbody a")].map((a) => [a.getAttribute("href"), a.textContent]);
    expect(links[0]).toEqual(["./dossiers?dossier=EX2", "8"]);
    expect(links).toHaveLength(groups.length);
  });

  it("has a legend made of shapes and words", () => {
    const legend = ideasGroupLegend({ document });
    expect(legend.textContent).toBe("Idées émergéesIdées mûries (Mûrie ou au-delà)");
    expect(legend.querySelectorAll(".ideas-swatch[aria-hidden='true']")).toHaveLength(2);
  });
});

describe("funnel table and conversions", () => {
  it("tabulates reached ideas, shares, conversions and abandoned ideas per stage", () => {
    const rows = [...ideasFunnelTable(funnel.steps, { document }).querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows[0]).toEqual(["Émergée", "26", "100,0 %", "–", "4"]);
    expect(rows[3]).toEqual(["Mûrie", "6", "23,1 %", "60,0 %", "1"]);
  });

  it("lists the five conversions between consecutive stages", () => {
    const list = ideasConversionList(funnel.steps, { document });
    const items = [...list.querySelectorAll("li")].map((li) => n(li.textContent));
    expect(items).toHaveLength(5);
    expect(items[0]).toBe("Émergée → Publiée62 %");
    expect(items[3]).toBe("Mûrie → Expérimentée50 %");
  });
});

describe("abandoned ideas", () => {
  it("gives each stage's share of all abandoned ideas", () => {
    expect(abandonedRows(funnel.steps).map((r) => [r.stage, r.abandoned, r.share])).toEqual([
      ["Émergée", 4, 0.5], ["Publiée", 2, 0.25], ["Accompagnée", 1, 0.125], ["Mûrie", 1, 0.125], ["Expérimentée", 0, 0], ["Activité créée", 0, 0],
    ]);
  });

  it("tabulates abandoned and still active ideas per stage", () => {
    const rows = [...ideasAbandonedTable(funnel.steps, { document }).querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows[0]).toEqual(["Émergée", "4", "50,0 %", "6"]);
    expect(rows[5]).toEqual(["Activité créée", "0", "0,0 %", "1"]);
  });

  it("describes every stage for screen readers", () => {
    expect(n(ideasAbandonedChart(funnel.steps, { width: 600, document }).getAttribute("aria-description"))).toContain("Arrêtées à l’étape Publiée : 2 idées.");
  });
});
