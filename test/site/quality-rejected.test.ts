import { describe, expect, it } from "vitest";
import type { DataQualityPage } from "../../loaders/site/data-quality-page.js";
import { columnCountsOfFile, fileFromSearch, rejectedCapNote, rejectedFileOptions, rejectedOfFile } from "../../src/components/quality-rejected.js";
import { envelopeSourceText } from "../../src/components/quality-envelope-source.js";
import { normalizeSpaces as n } from "./normalize-spaces.js";

const file = (name: string, kind: DataQualityPage["files"][number]["kind"], read: number, rejected: number): DataQualityPage["files"][number] => ({
  file: name, kind, format: "CSV utf-8 « ; »", read, kept: read - rejected, rejected, extraColumns: [],
});
const files = [file("dossiers.csv", "dossiers", 202, 6), file("enveloppes.csv", "enveloppes", 5, 0), file("paiements.csv", "paiements", 250, 1)];
const rejected = [
  { file: "dossiers.csv", line: 71, column: "Date de dépôt", value: "31/02/2017", reason: "date invalide" },
  { file: "dossiers.csv", line: 74, column: "SIRET", value: "123", reason: "SIRET invalide" },
  { file: "paiements.csv", line: 46, column: "N° dossier", value: "EX000100", reason: "dossier absent" },
];
const byColumn = [
  { file: "paiements.csv", column: "N° dossier", rows: 3 },
  { file: "dossiers.csv", column: "SIRET", rows: 1 },
];

describe("rejectedOfFile and columnCountsOfFile", () => {
  it("keep one file's rows, or all of them in the dataset's order", () => {
    expect(rejectedOfFile(rejected, "dossiers.csv").map((r) => r.line)).toEqual([71, 74]);
    expect(rejectedOfFile(rejected, null)).toHaveLength(3);
    expect(columnCountsOfFile(byColumn, "dossiers.csv")).toEqual([{ file: "dossiers.csv", column: "SIRET", rows: 1 }]);
    expect(columnCountsOfFile(byColumn, null)).toEqual(byColumn);
  });
});

describe("rejectedFileOptions", () => {
  it("lists all files first, then only the files with rejected rows, with their counts", () => {
    expect([...rejectedFileOptions(files)].map(([label, value]) => [n(label), value])).toEqual([
      ["Tous les fichiers (7 lignes)", null],
      ["dossiers.csv (6 lignes)", "dossiers.csv"],
      ["paiements.csv (1 ligne)", "paiements.csv"],
    ]);
  });
});

describe("fileFromSearch", () => {
  it("takes ?fichier= only when that file had rejected rows", () => {
    expect(fileFromSearch("?fichier=paiements.csv", files)).toBe("paiements.csv");
    expect(fileFromSearch("?fichier=enveloppes.csv", files)).toBeNull();
    expect(fileFromSearch("", files)).toBeNull();
  });
});

describe("rejectedCapNote", () => {
  it("says nothing when every row is listed, and points to the DuckDB table otherwise", () => {
    expect(rejectedCapNote(13, 13)).toBeNull();
    expect(n(rejectedCapNote(2040, 500))).toBe(
      "Seules les 500 premières lignes rejetées (par fichier et numéro de ligne) sur 2 040 sont listées ici : la liste complète est dans la base DuckDB, table rejected.",
    );
  });
});

describe("envelopeSourceText", () => {
  it("names the export and its kept rows, or the 2016 deliberation", () => {
    expect(n(envelopeSourceText("export", files))).toBe("L’enveloppe vient de l’export enveloppes.csv (5 lignes retenues).");
    expect(n(envelopeSourceText("deliberation-2016", files))).toBe(
      "Pas d’export des enveloppes : les quatre lignes de la délibération du 23 septembre 2016 s’appliquent (600 000 € en tout).",
    );
  });
});
