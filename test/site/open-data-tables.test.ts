import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { SCDL_SUBVENTIONS_FIELDS } from "../../loaders/opendata/scdl-subventions-schema.js";
import { OPEN_DATA_FIELDS } from "../../src/components/open-data-fields.js";
import { openDataConditionsTable, openDataDispositifTable, openDataFieldsTable, openDataStatusTable, openDataUnpublishedTable } from "../../src/components/open-data-tables.js";
import { downloadOf } from "../../src/components/table-download-cells.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const { document } = new JSDOM("<!DOCTYPE html>").window;

const summary = {
  rows: 3,
  montant: 20250.5,
  byDispositif: [
    { dispositif: "INS'pir - Événement créatif" as const, rows: 2, montant: 5250.5 },
    { dispositif: "Tiers-lieux du numérique" as const, rows: 1, montant: 15000 }
  ],
  byStatut: [
    { statut: "Voté" as const, rows: 1, montant: 15000 },
    { statut: "Caduc" as const, rows: 2, montant: 5250.5 }
  ],
  byConditions: [{ conditions: "échelonné" as const, rows: 3 }],
  unpublished: [{ dossier: "EX1", reason: "nom du bénéficiaire absent" }]
};

const cells = (table: HTMLTableElement) => [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => n(c.textContent)));

describe("the open-data page's tables", () => {
  it("lists the published grants by dispositif, then their total, with raw figures for downloads", () => {
    const table = openDataDispositifTable(summary, { document });
    expect(table.caption?.textContent).toBe("Subventions publiées par dispositif");
    expect(cells(table)).toEqual([
      ["INS'pir - Événement créatif", "2", "5 251 €"],
      ["Tiers-lieux du numérique", "1", "15 000 €"],
      ["Total", "3", "20 251 €"]
    ]);
    expect(downloadOf(table)!.rows[2]).toEqual([
      { kind: "text", value: "Total" },
      { kind: "number", value: 3, format: { style: "number", digits: 0 } },
      { kind: "number", value: 20250.5, format: { style: "euros", cents: false } }
    ]);
  });

  it("lists them by status and by conditions of payment", () => {
    expect(cells(openDataStatusTable(summary, { document }))).toEqual([
      ["Voté", "1", "15 000 €"],
      ["Caduc", "2", "5 251 €"]
    ]);
    const conditions = openDataConditionsTable(summary, { document });
    expect(cells(conditions)).toEqual([["échelonné (plusieurs paiements, ou période prévue)", "3"]]);
    expect(downloadOf(conditions)!.rows[0]?.[0]).toEqual({ kind: "text", value: "échelonné" });
  });

  it("documents the sixteen columns of the file in the data model's order", () => {
    expect(OPEN_DATA_FIELDS.map((f) => f.field)).toEqual([...SCDL_SUBVENTIONS_FIELDS]);
    expect(cells(openDataFieldsTable({ document }))).toHaveLength(16);
  });

  it("names the voted grants left out of the file and why", () => {
    expect(cells(openDataUnpublishedTable(summary, { document }))).toEqual([["EX1", "nom du bénéficiaire absent"]]);
  });
});
