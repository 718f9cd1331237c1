import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import type { DataQualityPage } from "../../loaders/site/data-quality-page.js";
import { MIN_CHART_WIDTH } from "../../src/components/chart-theme.js";
import { describeFileCounts, qualityFilesChart, qualityFilesTable } from "../../src/components/quality-files-chart.js";
import { qualityColumnCountsTable, qualityRejectedTable } from "../../src/components/quality-rejected-table.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;
const files: DataQualityPage["files"] = [
  { file: "dossiers.csv", kind: "dossiers", format: "CSV windows-1252 « ; »", read: 1202, kept: 1196, rejected: 6, extraColumns: ["Commentaire interne"] },
  { file: "enveloppes.csv", kind: "enveloppes", format: "CSV utf-8 « ; »", read: 1, kept: 1, rejected: 0, extraColumns: [] },
  { file: "suivi.xlsx", kind: "suivi", format: "XLSX", read: 400, kept: 399, rejected: 1, extraColumns: ["Nb membres équipe", "Note"] },
];

describe("qualityFilesChart", () => {
  it("is an SVG image described in words, with no labelled part", () => {
    const chart = qualityFilesChart(files, { width: 800, document });
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.querySelectorAll("[aria-label]")).toHaveLength(0);
    expect(n(chart.getAttribute("aria-description"))).toContain("dossiers.csv : 1 202 lignes lues · 1 196 retenues · 6 rejetées (0,5 %).");
  });

  it("writes each file's name and counts on the drawing", () => {
    const text = n(qualityFilesChart(files, { width: 800, document }).textContent);
    expect(text).toContain("enveloppes.csv");
    expect(text).toContain("1 ligne lue · 1 retenue · 0 rejetée (0,0 %)");
  });

  it("draws a rejected segment only for files with rejected rows, wide enough to be seen", () => {
    const chart = qualityFilesChart(files, { width: 800, document });
    const rects = [...chart.querySelectorAll("rect")];
    // Three kept bars, two rejected segments.
    expect(rects).toHaveLength(5);
    // The kept bars' group is filled with the theme's blue; the rejected segments inherit the text colour.
    const segments = rects.filter((r) => !r.closest("g[fill]"));
    expect(segments).toHaveLength(2);
    for (const s of segments) expect(Number(s.getAttribute("width"))).toBeGreaterThanOrEqual(3.9);
  });

  it("uses the theme's colours and never draws narrower than the minimum width", () => {
    const chart = qualityFilesChart(files, { width: 0, document });
    expect(Number(chart.getAttribute("width"))).toBe(MIN_CHART_WIDTH);
    for (const e of chart.querySelectorAll("[fill]")) {
      const fill = e.getAttribute("fill");
      if (fill !== "none") expect(fill).toMatch(/^(var\(--theme-[\w-]+\)|currentColor)$/);
    }
  });
});

describe("describeFileCounts", () => {
  it("agrees the nouns with the counts", () => {
    expect(n(describeFileCounts(files[2]!))).toBe("400 lignes lues · 399 retenues · 1 rejetée (0,3 %)");
  });
});

describe("qualityFilesTable", () => {
  it("gives the format, the counts, the share rejected and the ignored columns of each file", () => {
    const table = qualityFilesTable(files, { document });
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Fichier", "Format lu", "Lignes lues", "Retenues", "Rejetées", "Part rejetée", "Colonnes ignorées"]);
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));
    expect(rows[1]).toEqual(["enveloppes.csv", "CSV utf-8 « ; »", "1", "1", "0", "0,0 %", "–"]);
    expect(rows[2]).toEqual(["suivi.xlsx", "XLSX", "400", "399", "1", "0,3 %", "Nb membres équipe, Note"]);
  });
});

describe("qualityRejectedTable and qualityColumnCountsTable", () => {
  it("list the rejected rows, an empty value shown as such", () => {
    const table = qualityRejectedTable([
      { file: "dossiers.csv", line: 1071, column: "Date de dépôt", value: "", reason: "valeur obligatoire" },
    ], { caption: "Lignes rejetées", document });
    expect(table.querySelector("caption")?.textContent).toBe("Lignes rejetées");
    expect([...table.querySelectorAll("tbody td, tbody th")].map((c) => n(c.textContent))).toEqual(["dossiers.csv", "1 071", "Date de dépôt", "(vide)", "valeur obligatoire"]);
    expect(table.querySelector("tbody th")?.getAttribute("scope")).toBe("row");
  });

  it("count the rejections by file and column", () => {
    const table = qualityColumnCountsTable([{ file: "paiements.csv", column: "N° dossier", rows: 3 }], { caption: "Par colonne", document });
    expect([...table.querySelectorAll("tbody tr")].map((tr) => tr.textContent)).toEqual(["paiements.csvN° dossier3"]);
  });
});
