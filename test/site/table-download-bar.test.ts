import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { dataTable } from "../../src/components/data-table.js";
import { downloadBar, fileBaseName, placeDownloadBars, watchDataTables } from "../../src/components/table-download.js";

function page(): Document {
  return new JSDOM("<!DOCTYPE html><html><head></head><body><main></main></body></html>").window.document;
}

const table = (document: Document, caption: string, download = true) => dataTable([{ n: 1 }], [{ label: "N", value: (r: { n: number }) => r.n }], { caption, document, download });

describe("fileBaseName", () => {
  it("turns a French caption into a plain file name", () => {
    expect(fileBaseName("Consommation de l’enveloppe INS’pir par ligne")).toBe("consommation-de-l-enveloppe-ins-pir-par-ligne");
    expect(fileBaseName("Événements comptés : 2017 (Nord)")).toBe("evenements-comptes-2017-nord");
    expect(fileBaseName("« »")).toBe("tableau");
    expect(fileBaseName("a".repeat(200))).toHaveLength(80);
  });
});

describe("downloadBar", () => {
  it("is a group named after the table with two real, French-labelled buttons and a status line", () => {
    const document = page();
    const t = table(document, "Engagé par ligne");
    const bar = downloadBar(t, document);
    expect(bar.getAttribute("role")).toBe("group");
    expect(bar.getAttribute("aria-label")).toBe("Télécharger le tableau « Engagé par ligne »");
    const buttons = [...bar.querySelectorAll("button")];
    expect(buttons.map((b) => [b.type, b.textContent])).toEqual([
      ["button", "Télécharger en CSV"],
      ["button", "Télécharger en XLSX (Excel)"]
    ]);
    expect(bar.querySelector("[role=status]")?.textContent).toBe("");
  });
});

describe("placeDownloadBars", () => {
  it("puts a bar before each data table (before its scrolling box), none where downloads are off, and is stable", () => {
    const document = page();
    const main = document.querySelector("main")!;
    const details = main.appendChild(document.createElement("details"));
    details.appendChild(table(document, "Dans un graphique"));
    const scroll = main.appendChild(document.createElement("div"));
    scroll.className = "table-scroll";
    scroll.appendChild(table(document, "Longue liste"));
    main.appendChild(table(document, "Sans boutons", false));
    placeDownloadBars(document);
    const html = () => [...main.querySelectorAll(".table-download, table, .table-scroll")].map((e) => (e.tagName === "TABLE" ? `table:${(e as HTMLTableElement).caption?.textContent}` : e.className));
    expect(html()).toEqual(["table-download", "table:Dans un graphique", "table-download", "table-scroll", "table:Longue liste", "table:Sans boutons"]);
    expect(details.firstElementChild?.className).toBe("table-download");
    expect(scroll.previousElementSibling?.className).toBe("table-download");
    placeDownloadBars(document);
    expect(main.querySelectorAll(".table-download")).toHaveLength(2);
  });

  it("removes the bar of a table that left the page (a cell re-rendered by Framework)", () => {
    const document = page();
    const main = document.querySelector("main")!;
    const t = main.appendChild(table(document, "Filtrée"));
    placeDownloadBars(document);
    expect(main.querySelectorAll(".table-download")).toHaveLength(1);
    t.remove();
    main.appendChild(table(document, "Filtrée autrement"));
    placeDownloadBars(document);
    expect([...main.querySelectorAll(".table-download")].map((b) => b.getAttribute("aria-label"))).toEqual(["Télécharger le tableau « Filtrée autrement »"]);
  });
});

describe("watchDataTables", () => {
  it("adds its style once and gives tables displayed later their bar", async () => {
    const document = page();
    watchDataTables(document);
    watchDataTables(document);
    expect(document.querySelectorAll("style#table-download-style")).toHaveLength(1);
    expect(document.getElementById("table-download-style")?.textContent).toContain("@media print");
    const main = document.querySelector("main")!;
    const figure = main.appendChild(document.createElement("figure"));
    figure.appendChild(table(document, "Affichée ensuite"));
    // The observer reacts after the current task's DOM changes.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(figure.firstElementChild?.className).toBe("table-download");
    figure.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelectorAll(".table-download")).toHaveLength(0);
  });
});
