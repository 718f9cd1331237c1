import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { TiersLieuYear } from "../../loaders/site/tiers-lieux-page.js";
import { tiersLieuxAttentionTable } from "../../src/components/tiers-lieux-attention-table.js";
import { tiersLieuxCountChart } from "../../src/components/tiers-lieux-count-chart.js";
import { equipmentLabels, tiersLieuxEquipmentChart, tiersLieuxEquipmentTable } from "../../src/components/tiers-lieux-equipment-chart.js";
import { tiersLieuxLegend } from "../../src/components/tiers-lieux-legend.js";
import { attentionRows, equipmentRows, scheduleMarks } from "../../src/components/tiers-lieux-rows.js";
import { flaggedMarksText, kiloEuros, markLabel, shortName, tiersLieuxScheduleChart, tiersLieuxScheduleTable } from "../../src/components/tiers-lieux-schedule-chart.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";
import { describeChartContract } from "./chart-contract.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;
const SCHEDULE = [{ annee: 1, cap: 45_000 }, { annee: 2, cap: 30_000 }, { annee: 3, cap: 15_000 }];

function year(partial: Partial<TiersLieuYear> & Pick<TiersLieuYear, "siren" | "name" | "annee">): TiersLieuYear {
  return { departement: "59", dossiers: 1, fonctionnement: 0, investissement: 0, coutTotal: 0, fonctions: ["fablab", "médiation"], ...partial };
}

const YEARS: TiersLieuYear[] = [
  year({ siren: "A", name: "CA du Douaisis", annee: 1, fonctionnement: 45_000, investissement: 30_000, coutTotal: 142_500 }),
  year({ siren: "A", name: "CA du Douaisis", annee: 2, fonctionnement: 30_000, investissement: 5_000, coutTotal: 60_000 }),
  year({ siren: "B", name: "CC du Val de Somme", departement: "80", annee: 1, dossiers: 2, fonctionnement: 75_000, investissement: 18_000, coutTotal: 172_800 }),
  year({ siren: "C", name: "CA Coeur de Flandre", annee: 2, fonctionnement: 34_000, investissement: 24_000, coutTotal: 42_000 }),
];
const marks = scheduleMarks(YEARS, SCHEDULE);
const equipment = equipmentRows(YEARS, 30_000, 0.5);

const charts: Record<string, (width: number) => Element> = {
  tiersLieuxScheduleChart: (width) => tiersLieuxScheduleChart(marks, SCHEDULE, { width, document }),
  tiersLieuxEquipmentChart: (width) => tiersLieuxEquipmentChart(equipment, 30_000, { width, document }),
  tiersLieuxCountChart: (width) => tiersLieuxCountChart([{ label: "fablab", count: 3 }, { label: "coworking", count: 0 }], { width, document, ariaLabel: "EPCI par fonction", unit: ["EPCI", "EPCI"] }),
};

describeChartContract(charts, { widths: [800, 300] });

describe("tiersLieuxScheduleChart", () => {
  it("draws the marks above their cap as triangles, the others as dots", () => {
    const chart = tiersLieuxScheduleChart(marks, SCHEDULE, { width: 800, document });
    // Plot draws a circle as <circle> and a triangle as a closed <path> (axis ticks are open paths).
    expect(chart.querySelectorAll("circle")).toHaveLength(2);
    expect([...chart.querySelectorAll("path")].filter((p) => p.getAttribute("d")?.endsWith("Z"))).toHaveLength(2);
  });

  it("writes the amounts of the marks that break a rule on a wide chart only", () => {
    expect(n(tiersLieuxScheduleChart(marks, SCHEDULE, { width: 800, document }).textContent)).toContain("75 000 € · 2 aides");
    expect(n(tiersLieuxScheduleChart(marks, SCHEDULE, { width: 320, document }).textContent)).not.toContain("75 000 €");
  });

  it("titles each plan year with its cap", () => {
    const text = n(tiersLieuxScheduleChart(marks, SCHEDULE, { width: 800, document }).textContent);
    expect(text).toContain("Année 1 · plafond 45 000 €");
    expect(text).toContain("Année 3 · plafond 15 000 €");
  });

  it("describes every EPCI-year for screen readers", () => {
    const description = n(tiersLieuxScheduleChart(marks, SCHEDULE, { width: 800, document }).getAttribute("aria-description"));
    expect(description).toContain("CC du Val de Somme, année 1 : 75 000 € (au-dessus du plafond de 45 000 €), 2 aides votées.");
    expect(description).toContain("CA du Douaisis, année 2 : 30 000 € (plafond 30 000 €).");
  });

  it("lists the marks that break a rule in words", () => {
    expect(n(flaggedMarksText(marks))).toBe("CC du Val de Somme, année 1 : 75 000 € pour un plafond de 45 000 € (2 aides) ; CA Coeur de Flandre, année 2 : 34 000 € pour un plafond de 30 000 €");
    expect(flaggedMarksText([])).toBe("");
  });

  it("formats ticks, labels and names", () => {
    expect(n(kiloEuros(45_000))).toBe("45 k€");
    expect(n(markLabel(marks[2]!))).toBe("75 000 € · 2 aides");
    expect(shortName("CA de la Région de Château-Thierry", 20)).toBe("CA de la Région de…");
  });

  it("tabulates every EPCI-year against its cap", () => {
    const rows = [...tiersLieuxScheduleTable(marks, { document }).querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows[2]).toEqual(["CC du Val de Somme", "Somme (80)", "1", "2", "75 000,00 €", "45 000 €", "oui"]);
  });
});

describe("tiersLieuxEquipmentChart", () => {
  it("adds the plan year to the name of an EPCI with equipment in several years", () => {
    expect(equipmentLabels(equipment)).toEqual(["CA du Douaisis (année 1)", "CA Coeur de Flandre", "CC du Val de Somme", "CA du Douaisis (année 2)"]);
  });

  it("writes the cap and the amount of an aid beyond its limit", () => {
    const text = n(tiersLieuxEquipmentChart(equipment, 30_000, { width: 800, document }).textContent);
    expect(text).toContain("plafond 30 000 €");
    expect(text).toContain("24 000 €");
  });

  it("describes each row with its limit", () => {
    const description = n(tiersLieuxEquipmentChart(equipment, 30_000, { width: 800, document }).getAttribute("aria-description"));
    expect(description).toContain("CA Coeur de Flandre : 24 000 € d’équipement pour un coût total de 42 000 €, limite 21 000 € (au-delà de 50 % du coût total).");
  });

  it("tabulates both limits", () => {
    const rows = [...tiersLieuxEquipmentTable(equipment, { document }).querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows[1]).toEqual(["CA Coeur de Flandre", "2", "24 000,00 €", "42 000,00 €", "21 000,00 €", "21 000,00 €", "50 % du coût"]);
    expect(rows[0]?.[6]).toBe("non");
  });
});

describe("tiersLieuxCountChart", () => {
  it("describes each bar with its unit", () => {
    const chart = tiersLieuxCountChart([{ label: "fablab", count: 3 }, { label: "coworking", count: 1 }], { width: 600, document, ariaLabel: "Dossiers par statut", unit: ["dossier", "dossiers"] });
    expect(chart.getAttribute("aria-description")).toBe("fablab : 3 dossiers. coworking : 1 dossier.");
  });
});

describe("legend and attention table", () => {
  it("draws each legend item with a hidden shape and words", () => {
    const legend = tiersLieuxLegend([{ shape: "dot", text: "Dans le plafond" }, { shape: "triangle", text: "Au-dessus" }, { shape: "dashed", text: "Plafond" }, { shape: "tick", text: "50 %" }], { document });
    expect(legend.textContent).toBe("Dans le plafondAu-dessusPlafond50 %");
    expect(legend.querySelectorAll("svg[aria-hidden='true']")).toHaveLength(4);
    expect(legend.querySelector("line[stroke-dasharray]")).not.toBeNull();
  });

  it("lists the EPCI-years that break a rule with the rules in words", () => {
    const table = tiersLieuxAttentionTable(attentionRows(YEARS, { schedule: SCHEDULE, equipmentCap: 30_000, equipmentMaxRate: 0.5, minFunctions: 2 }), { document });
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows).toEqual([
      ["CC du Val de Somme", "Somme (80)", "1", "2 aides votées la même année (une seule par EPCI) ; fonctionnement au-dessus du plafond de l’année 1", "75 000 €", "18 000 €"],
      ["CA Coeur de Flandre", "Nord (59)", "2", "fonctionnement au-dessus du plafond de l’année 2 ; équipement au-delà de 50 % du coût total", "34 000 €", "24 000 €"],
    ]);
  });
});
