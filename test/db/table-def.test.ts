import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type TableDef, daysSinceEpoch, writeTable } from "../../loaders/db/table-def.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";

interface Row {
  id: string;
  label: string | null;
  day: string | null;
  tags: string[];
  amount: number;
}

const TABLE: TableDef<Row> = {
  name: "t",
  comment: "test table",
  columns: [
    { name: "id", kind: "VARCHAR", comment: "id", value: (r) => r.id },
    { name: "label", kind: "VARCHAR", repeats: true, comment: "label", value: (r) => r.label },
    { name: "day", kind: "DATE", comment: "day", value: (r) => r.day },
    { name: "tags", kind: "VARCHAR[]", comment: "tags", value: (r) => r.tags },
    { name: "amount", kind: "DOUBLE", comment: "€", value: (r) => r.amount }
  ]
};

describe("writeTable", () => {
  it("writes every value back as given, across chunks, dictionary-coded columns included", async () => {
    const labels = ["Voté", "Soldé", null, "l'œil « 1 »", ""];
    const rows: Row[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `D${i}`,
      label: labels[i % labels.length]!,
      day: i % 7 === 0 ? null : `20${String(10 + (i % 15)).padStart(2, "0")}-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, "0")}`,
      tags: i % 3 === 0 ? [] : ["a", `b${i % 4}`],
      amount: i / 100
    }));
    const back = await withConnection(":memory:", async (c) => {
      await writeTable(c, TABLE, rows);
      const comment = await queryRows<{ comment: string }>(c, "SELECT comment FROM duckdb_columns() WHERE table_name = 't' AND column_name = 'label'");
      expect(comment).toEqual([{ comment: "label" }]);
      const tables = await queryRows<{ name: string }>(c, "SELECT table_name AS name FROM duckdb_tables() ORDER BY 1");
      expect(tables).toEqual([{ name: "t" }]);
      return queryRows<Record<string, unknown>>(c, "SELECT id, label, strftime(day, '%Y-%m-%d') AS day, tags, amount FROM t ORDER BY CAST(id[2:] AS INTEGER)");
    });
    expect(back).toEqual(rows);
  });

  it("counts days since 1970-01-01 as Date.parse does", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(daysSinceEpoch(iso)).toBe(Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000));
      }),
      { numRuns: 2000, seed: 2016 }
    );
  });
});
