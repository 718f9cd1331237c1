import { describe, expect, it } from "vitest";
import { detectSeparator, stageCsv } from "../../loaders/read/csv.js";
import { exportsFolder } from "../helpers/exports-folder.js";
import { readExport } from "../helpers/read-export.js";

/** The records of CSV text as DuckDB reads them from its staging file. */
async function records(text: string) {
  const dir = await exportsFolder({ "f.csv": text });
  return (await readExport(`${dir}/f.csv`)).records;
}

describe("detectSeparator", () => {
  it("picks the separator of the header line", () => {
    expect(detectSeparator("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectSeparator("a,b,c\n1;2;3")).toBe(",");
    expect(detectSeparator('"a;x",b,c\n')).toBe(",");
  });
});

describe("stageCsv", () => {
  it("reads quoted fields, escaped quotes, CRLF and embedded newlines, numbering lines as a reader would", async () => {
    const text = 'id,titre,montant\r\n1,"Hack, ""Lille""",12500.5\r\n2,"sur\r\ndeux lignes",3\r\n3,x,4';
    expect(stageCsv(text, "f.csv", ",").headers).toEqual(["id", "titre", "montant"]);
    expect(await records(text)).toEqual([
      { line: 2, beyond: false, cells: ["1", 'Hack, "Lille"', "12500.5"] },
      { line: 3, beyond: false, cells: ["2", "sur\r\ndeux lignes", "3"] },
      { line: 5, beyond: false, cells: ["3", "x", "4"] }
    ]);
  });

  it("writes blank records too (the raw stage skips them), keeping the count of lines, and a lone CR ends a record", async () => {
    expect((await records("a;b\n1;2\n;\n\n3;4\r5;6\n")).map((r) => [r.line, r.cells])).toEqual([
      [2, ["1", "2"]],
      [3, [null, null]],
      [4, [null, null]],
      [5, ["3", "4"]],
      [6, ["5", "6"]]
    ]);
  });

  it("pads short records, and flags a filled cell beyond the header", async () => {
    expect(await records("a;b;c\n1\n1;2;3;4\n1;2;3; \n")).toEqual([
      { line: 2, beyond: false, cells: ["1", null, null] },
      { line: 3, beyond: true, cells: ["1", "2", "3"] },
      { line: 4, beyond: false, cells: ["1", "2", "3"] }
    ]);
  });

  it("keeps stray characters after a closing quote and quotes inside an unquoted cell, as spreadsheets write them", async () => {
    expect((await records('a;b\n"x"y;a"b"c\n"q""r";"s;t"\n')).map((r) => r.cells)).toEqual([
      ["xy", 'a"b"c'],
      ['q"r', "s;t"]
    ]);
  });

  it("fails on an unclosed quote, naming the file and the line", () => {
    expect(() => [...stageCsv('a;b\n"1;2\n', "dossiers.csv", ";").chunks]).toThrow(/^dossiers\.csv : illisible : le guillemet ouvert ligne 2/);
  });

  it("fails on an empty file", () => {
    expect(() => stageCsv("", "paiements.csv", ";")).toThrow(/^paiements\.csv : fichier vide/);
  });

  it("stages a large file in several chunks without losing a record", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => (i % 997 === 3 ? `${i};"deux\nlignes"` : `${i};v${i}`));
    const staged = await records(`a;b\n${rows.join("\n")}\n`);
    expect(staged).toHaveLength(20_000);
    expect(staged.at(-1)).toMatchObject({ cells: ["19999", "v19999"] });
    expect(staged.filter((r) => r.cells[1] === "deux\nlignes")).toHaveLength(21);
  });
});
