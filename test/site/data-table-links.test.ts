import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { dataTable } from "../../src/components/data-table.js";

describe("data table links", () => {
  it("makes a cell's text a link where its column gives an address, and leaves it text elsewhere", () => {
    const document = new JSDOM("<!DOCTYPE html><html><body></body></html>").window.document;
    const rows = [{ name: "CC Bêta", events: 2 }, { name: "CC Gamma", events: 0 }];
    const table = dataTable(rows, [
      { label: "EPCI", value: (r) => r.name },
      { label: "Événements", value: (r) => r.events, href: (r) => (r.events > 0 ? `./dossiers?q=${r.events}` : null) }
    ], { caption: "x", document });
    const cells = [...table.querySelectorAll("tbody td")];
    expect(cells.map((c) => [c.textContent, c.querySelector("a")?.getAttribute("href") ?? null])).toEqual([["2", "./dossiers?q=2"], ["0", null]]);
  });
});
