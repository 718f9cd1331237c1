import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { dataTable } from "../../src/components/data-table.js";
import { formatEuros, formatInteger, formatPercent } from "../../src/components/format.js";
import { exportCell, exportTable, parseFrenchFigure, visibleText } from "../../src/components/table-download-cells.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;

function cellOf(html: string): Element {
  const td = document.createElement("td");
  td.innerHTML = html;
  return td;
}

describe("parseFrenchFigure", () => {
  it("reads euros, percentages and counts as the site writes them (Intl's no-break spaces included)", () => {
    expect(parseFrenchFigure(formatEuros(12500))).toEqual({ value: 12500, format: { style: "euros", cents: false } });
    expect(parseFrenchFigure(formatEuros(118450.5, { cents: true }))).toEqual({ value: 118450.5, format: { style: "euros", cents: true } });
    expect(parseFrenchFigure(formatPercent(0.453))).toEqual({ value: 0.453, format: { style: "percent", digits: 1 } });
    expect(parseFrenchFigure(formatInteger(1234))).toEqual({ value: 1234, format: { style: "number", digits: 0 } });
    expect(parseFrenchFigure(formatEuros(-30))).toEqual({ value: -30, format: { style: "euros", cents: false } });
    expect(parseFrenchFigure("12,75")).toEqual({ value: 12.75, format: { style: "number", digits: 2 } });
    expect(parseFrenchFigure("2016")?.value).toBe(2016);
  });

  it("leaves codes and words as text: leading zeros, long ungrouped digits, mixed text", () => {
    for (const text of ["02", "0123", "59350", "20005374200017", "Aisne (02)", "–", "1er janvier 2017", "12 500 € (45 %)", "1 23", ""]) {
      expect(parseFrenchFigure(text), text).toBeUndefined();
    }
  });
});

describe("visibleText", () => {
  it("joins a cell's lines with a dash and leaves decorative parts out", () => {
    expect(visibleText(cellOf('EX001234<span class="second-line">Association   test</span>'))).toBe("EX001234 — Association test");
    expect(visibleText(cellOf('<span aria-hidden="true">■</span> Engagé<br>total'))).toBe("Engagé — total");
    expect(visibleText(cellOf('<a href="#x"><code>EVT_<wbr>CAP</code></a>'))).toBe("EVT_CAP");
  });
});

describe("exportCell", () => {
  it("prefers the raw value and keeps the format the text shows", () => {
    const td = cellOf(formatPercent(0.45678));
    td.setAttribute("data-raw", "0.45678");
    expect(exportCell(td)).toEqual({ kind: "number", value: 0.45678, format: { style: "percent", digits: 1 } });
    const code = cellOf("Aisne");
    code.setAttribute("data-raw", '"02"');
    expect(exportCell(code)).toEqual({ kind: "text", value: "02" });
    const empty = cellOf("–");
    empty.setAttribute("data-raw", "null");
    expect(exportCell(empty)).toEqual({ kind: "empty" });
  });

  it("reads the text when a raw value is malformed", () => {
    const td = cellOf("1 234");
    td.setAttribute("data-raw", "{oops");
    expect(exportCell(td)).toEqual({ kind: "number", value: 1234, format: { style: "number", digits: 0 } });
  });

  it("reads back figures without a raw value, and leaves the placeholder empty", () => {
    expect(exportCell(cellOf(formatEuros(5000)))).toEqual({ kind: "number", value: 5000, format: { style: "euros", cents: false } });
    expect(exportCell(cellOf("–"))).toEqual({ kind: "empty" });
    expect(exportCell(cellOf("Nord (59)"))).toEqual({ kind: "text", value: "Nord (59)" });
  });
});

describe("dataTable's raw values", () => {
  interface Line {
    name: string;
    engaged: number;
    rate: number;
    code: string;
  }
  const lines: Line[] = [
    { name: "Fonctionnement · Picardie", engaged: 118450.5, rate: 0.78966666, code: "02" },
    { name: "=HYPERLINK(\"x\")", engaged: -12.5, rate: Number.NaN, code: "80" }
  ];
  const table = () =>
    dataTable(lines, [
      { label: "Ligne", value: (d) => d.name },
      { label: "Engagé", value: (d) => formatEuros(d.engaged, { cents: true }), raw: (d) => d.engaged, align: "right" },
      { label: "Engagé / enveloppe", value: (d) => formatPercent(d.rate), raw: (d) => (Number.isFinite(d.rate) ? d.rate : null), align: "right" },
      { label: "Département", value: (d) => d.code, raw: (d) => d.code },
      { label: "Rang", value: (_d) => 3 }
    ], { caption: "Lignes de l’enveloppe", document });

  it("keeps each cell's raw value beside its formatted text, and leaves the table as before otherwise", () => {
    const t = table();
    expect(t.querySelector("caption")?.textContent).toBe("Lignes de l’enveloppe");
    expect([...t.querySelectorAll("tbody tr:first-child > *")].map((c) => c.getAttribute("data-raw"))).toEqual([null, "118450.5", "0.78966666", '"02"', "3"]);
    expect(t.hasAttribute("data-download")).toBe(false);
  });

  it("gives the download its caption, headers and typed cells (a code given as a raw string stays text)", () => {
    expect(exportTable(table())).toEqual({
      caption: "Lignes de l’enveloppe",
      headers: ["Ligne", "Engagé", "Engagé / enveloppe", "Département", "Rang"],
      rows: [
        [
          { kind: "text", value: "Fonctionnement · Picardie" },
          { kind: "number", value: 118450.5, format: { style: "euros", cents: true } },
          { kind: "number", value: 0.78966666, format: { style: "percent", digits: 1 } },
          { kind: "text", value: "02" },
          { kind: "number", value: 3, format: { style: "number", digits: 0 } }
        ],
        [
          { kind: "text", value: "=HYPERLINK(\"x\")" },
          { kind: "number", value: -12.5, format: { style: "euros", cents: true } },
          { kind: "empty" },
          { kind: "text", value: "80" },
          { kind: "number", value: 3, format: { style: "number", digits: 0 } }
        ]
      ]
    });
  });

  it("marks a table built with download: false", () => {
    expect(dataTable(lines, [{ label: "Ligne", value: (d) => d.name }], { caption: "x", document, download: false }).getAttribute("data-download")).toBe("off");
  });

  it("exports the footer rows too (a total)", () => {
    const t = table();
    const foot = t.appendChild(document.createElement("tfoot")).appendChild(document.createElement("tr"));
    foot.innerHTML = `<th scope="row">Total</th><td>${formatEuros(118438)}</td>`;
    expect(exportTable(t).rows.at(-1)).toEqual([{ kind: "text", value: "Total" }, { kind: "number", value: 118438, format: { style: "euros", cents: false } }]);
  });
});
