import { describe, expect, it } from "vitest";
import { formatResult } from "../../loaders/sql/result-format.js";

const result = { columns: ["commune", "n"], numeric: [false, true], rows: [["Amiens", 12], ["Lille", 3], ["Éclusier-Vaux", null]] };

describe("formatResult", () => {
  it("aligns an answer in columns, numbers to the right, accented letters counted once, with the row count", () => {
    expect(formatResult(result, "table")).toBe(
      ["commune       │    n", "──────────────┼─────", "Amiens        │   12", "Lille         │    3", "Éclusier-Vaux │ NULL", "(3 lignes)", ""].join("\n")
    );
    expect(formatResult({ columns: ["x"], numeric: [true], rows: [[1]] }, "table")).toMatch(/\(1 ligne\)\n$/);
  });

  it("writes CSV with quoting and empty NULLs, and JSON objects keyed by column", () => {
    expect(formatResult({ columns: ["a", "b"], numeric: [false, true], rows: [["x, \"y\"", null]] }, "csv")).toBe('a,b\n"x, ""y""",\n');
    expect(JSON.parse(formatResult(result, "json"))).toEqual([
      { commune: "Amiens", n: 12 },
      { commune: "Lille", n: 3 },
      { commune: "Éclusier-Vaux", n: null }
    ]);
  });
});
