import { describe, expect, it } from "vitest";
import { detectSeparator, openCsv, parseCsv } from "../../loaders/read/csv.js";

describe("detectSeparator", () => {
  it("picks the separator of the header line", () => {
    expect(detectSeparator("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectSeparator("a,b,c\n1;2;3")).toBe(",");
    expect(detectSeparator('"a;x",b,c\n')).toBe(",");
  });
});

describe("parseCsv", () => {
  it("reads quoted fields, escaped quotes, CRLF and embedded newlines, numbering lines as a reader would", () => {
    const text = 'id,titre,montant\r\n1,"Hack, ""Lille""",12500.5\r\n2,"sur\r\ndeux lignes",3\r\n3,x,4';
    const { headers, records } = parseCsv(text, "f.csv", ",");
    expect(headers).toEqual(["id", "titre", "montant"]);
    expect(records).toEqual([
      { line: 2, cells: ["1", 'Hack, "Lille"', "12500.5"] },
      { line: 3, cells: ["2", "sur\r\ndeux lignes", "3"] },
      { line: 5, cells: ["3", "x", "4"] }
    ]);
  });

  it("skips all-empty records but keeps counting their lines", () => {
    const { records } = parseCsv("a;b\n1;2\n;\n\n3;4\n", "f.csv", ";");
    expect(records.map((r) => r.line)).toEqual([2, 5]);
  });

  it("reads empty cells as null", () => {
    expect(parseCsv("a;b;c\n1;;3\n", "f.csv", ";").records[0]?.cells).toEqual(["1", null, "3"]);
  });

  it("fails on an unclosed quote, naming the file", () => {
    expect(() => parseCsv('a;b\n"1;2\n', "dossiers.csv", ";")).toThrow(/^dossiers\.csv : /);
  });

  it("fails on an empty file", () => {
    expect(() => parseCsv("", "paiements.csv", ";")).toThrow(/^paiements\.csv : /);
  });
});

describe("openCsv", () => {
  it("streams the same records as parseCsv, in batches, across batch boundaries", async () => {
    const rows = Array.from({ length: 9000 }, (_, i) => (i % 1000 === 7 ? ";" : i % 997 === 3 ? `${i};"deux\nlignes"` : `${i};v${i}`));
    const text = `a;b\n${rows.join("\n")}\n`;
    const stream = openCsv(text, "f.csv", ";");
    const batches = [];
    for await (const batch of stream.batches) batches.push(batch);
    expect(stream.headers).toEqual(["a", "b"]);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(parseCsv(text, "f.csv", ";").records);
  });

  it("fails on the header before streaming anything", () => {
    expect(() => openCsv("", "paiements.csv", ";")).toThrow(/^paiements\.csv : fichier vide/);
  });
});
