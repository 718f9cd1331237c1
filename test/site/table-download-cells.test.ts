import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { dataTable } from "../../src/components/data-table.js";
import { downloadContext, downloadFileName, downloadHeading } from "../../src/components/download-context.js";
import { formatEuros, formatPercent } from "../../src/components/format.js";
import { downloadOf, exportCell, isShareColumn } from "../../src/components/table-download-cells.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;

describe("exportCell", () => {
  it("keeps numbers as numbers with their column's format, the placeholder and null as empty cells", () => {
    expect(exportCell(5000, { style: "euros", cents: false })).toEqual({ kind: "number", value: 5000, format: { style: "euros", cents: false } });
    expect(exportCell(22)).toEqual({ kind: "number", value: 22, format: { style: "number", digits: 0 } });
    expect(exportCell(Number.NaN)).toEqual({ kind: "empty" });
    expect(exportCell("–")).toEqual({ kind: "empty" });
    expect(exportCell(null)).toEqual({ kind: "empty" });
    expect(exportCell("Nord (59)")).toEqual({ kind: "text", value: "Nord (59)" });
  });
});

describe("dataTable's downloads", () => {
  interface Line {
    name: string;
    engaged: number;
    rate: number;
    code: string;
    change: number;
  }
  const lines: Line[] = [
    { name: "Fonctionnement · Picardie", engaged: 118450.5, rate: 0.78966666, code: "02", change: 22 },
    { name: "=HYPERLINK(\"x\")", engaged: -12.5, rate: Number.NaN, code: "80", change: -3 }
  ];
  const table = () =>
    dataTable(lines, [
      { label: "Ligne", value: (d) => d.name },
      { label: "Engagé", value: (d) => formatEuros(d.engaged, { cents: true }), raw: (d) => d.engaged, format: { style: "euros", cents: true }, align: "right" },
      { label: "Engagé / enveloppe", value: (d) => formatPercent(d.rate), raw: (d) => (Number.isFinite(d.rate) ? d.rate : null), format: { style: "percent", digits: 1 }, align: "right" },
      { label: "Département", value: (d) => d.code },
      { label: "Écart", value: (d) => (d.change > 0 ? `+${d.change}` : String(d.change)), raw: (d) => d.change, align: "right" },
      { label: "Rang", value: (_d) => 3 }
    ], { caption: "Lignes de l’enveloppe", document });

  it("holds the rows' values, not the page's text: a signed figure as a number, a code as text", () => {
    const t = table();
    expect(t.querySelector("caption")?.textContent).toBe("Lignes de l’enveloppe");
    expect(t.querySelector("tbody tr:last-child td:nth-child(5)")?.textContent).toBe("-3");
    expect(downloadOf(t)).toEqual({
      caption: "Lignes de l’enveloppe",
      headers: ["Ligne", "Engagé", "Engagé / enveloppe", "Département", "Écart", "Rang"],
      rows: [
        [
          { kind: "text", value: "Fonctionnement · Picardie" },
          { kind: "number", value: 118450.5, format: { style: "euros", cents: true } },
          { kind: "number", value: 0.78966666, format: { style: "percent", digits: 1 } },
          { kind: "text", value: "02" },
          { kind: "number", value: 22, format: { style: "number", digits: 0 } },
          { kind: "number", value: 3, format: { style: "number", digits: 0 } }
        ],
        [
          { kind: "text", value: "=HYPERLINK(\"x\")" },
          { kind: "number", value: -12.5, format: { style: "euros", cents: true } },
          { kind: "empty" },
          { kind: "text", value: "80" },
          { kind: "number", value: -3, format: { style: "number", digits: 0 } },
          { kind: "number", value: 3, format: { style: "number", digits: 0 } }
        ]
      ]
    });
    expect([0, 1, 2].map((i) => isShareColumn(downloadOf(t)!, i))).toEqual([false, false, true]);
  });

  it("marks a table built with download: false", () => {
    const t = dataTable(lines, [{ label: "Ligne", value: (d) => d.name }], { caption: "x", document, download: false });
    expect(t.getAttribute("data-download")).toBe("off");
  });
});

describe("download context", () => {
  it("names the page, the chosen filters and the exports date, in the file name and the heading", () => {
    const { window } = new JSDOM(
      `<!DOCTYPE html><html><head><meta name="inspir-exports-date" content="2019-12-31"></head><body><main id="observablehq-main"><form>
        <label for="a">Année de vote</label><select id="a" name="annee"><option value="">Toutes</option><option value="2018" selected>2018</option></select>
        <label for="d">Département</label><select id="d" name="departement"><option value="">Toute la région</option><option value="02">Aisne (02)</option></select>
        <label for="q">Rechercher</label><input id="q" type="search" name="q" value="Cœur">
      </form></main></body></html>`,
      { url: "http://h/budget" }
    );
    const context = downloadContext(window.document);
    expect(context).toEqual({ page: "budget", filters: ["Année de vote : 2018", "Rechercher : Cœur"], filterSlug: "annee-2018_q-coeur", exportsDate: "2019-12-31" });
    expect(downloadFileName(context, "Alertes : 14 alertes", "csv")).toBe("budget_annee-2018_q-coeur_2019-12-31_alertes-14-alertes.csv");
    // A count of thousands keeps its digits together: 7 312 is not the range 7-312.
    expect(downloadFileName(context, "Dossiers : 7\u202f312 dossiers", "csv")).toBe("budget_annee-2018_q-coeur_2019-12-31_dossiers-7312-dossiers.csv");
    expect(downloadFileName(context, "12 500 € de 1 234 567 lignes, 3 4", "csv")).toBe("budget_annee-2018_q-coeur_2019-12-31_12500-de-1234567-lignes-3-4.csv");
    expect(downloadHeading(context, "Alertes")).toBe("Alertes — exports au 2019-12-31 — filtres : Année de vote : 2018 ; Rechercher : Cœur");
    const bare = downloadContext(new JSDOM("<!DOCTYPE html>", { url: "http://h/" }).window.document);
    expect(downloadFileName(bare, "« »", "xlsx")).toBe("index_tableau.xlsx");
    expect(downloadHeading(bare, "x")).toBe("x — date des exports inconnue — sans filtre");
  });
});
