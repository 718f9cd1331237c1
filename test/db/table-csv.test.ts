import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTableCsv, openTableCsv } from "../../loaders/db/table-csv.js";
import { type TableDef, writeTable } from "../../loaders/db/table-def.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";

interface Row {
  line: number;
  text: string | null;
  day: string | null;
  tags: string[] | null;
  amount: number | null;
  count: number | null;
  flag: boolean | null;
}

const TABLE: TableDef<Row> = {
  name: "t",
  comment: "test table",
  columns: [
    { name: "line", kind: "INTEGER", comment: "line", value: (r) => r.line },
    { name: "text", kind: "VARCHAR", comment: "text", value: (r) => r.text },
    { name: "day", kind: "DATE", comment: "day", value: (r) => r.day },
    { name: "tags", kind: "VARCHAR[]", comment: "tags", value: (r) => r.tags },
    { name: "amount", kind: "DOUBLE", comment: "€", value: (r) => r.amount },
    { name: "count", kind: "INTEGER", comment: "count", value: (r) => r.count },
    { name: "flag", kind: "BOOLEAN", comment: "flag", value: (r) => r.flag }
  ]
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "table-csv-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The table as written by the appender and as written through the CSV file, each read back in table order. */
async function bothWays(rows: Row[], excluded: number[] = []): Promise<{ appended: unknown[]; imported: unknown[] }> {
  const path = join(dir, `t-${Math.random().toString(36).slice(2)}.csv`);
  const writer = openTableCsv(TABLE, path);
  for (const r of rows) writer.append(r);
  writer.close();
  return withConnection(":memory:", async (c) => {
    await writeTable(c, TABLE, rows.filter((r) => !excluded.includes(r.line)));
    const appended = await queryRows(c, "SELECT * FROM t");
    await c.run("DELETE FROM t");
    await importTableCsv(c, TABLE, path, excluded);
    return { appended, imported: await queryRows(c, "SELECT * FROM t") };
  });
}

const row = (line: number, text: string | null, more: Partial<Row> = {}): Row => ({ line, text, day: "2016-09-23", tags: ["a", "b"], amount: 12_500.5, count: 3, flag: true, ...more });

describe("openTableCsv and importTableCsv", () => {
  it("give the table the appender gives, in the same order, for the texts a CSV reader could change", async () => {
    const texts = ["", " padded ", "a,b", 'say "hi"', "two\nlines", "cr\ronly", "\uFEFFbom first", "\u0001escape first", "mid\uFEFFdle", "nul\u0000inside", "tab\t", "é€’«»", "NULL", "\u2028"];
    const rows = texts.map((t, i) => row(i + 2, t));
    rows.push(row(100, null, { day: null, tags: null, amount: null, count: null, flag: null }), row(101, "x", { tags: [], amount: -0.1, flag: false }));
    const { appended, imported } = await bothWays(rows);
    expect(imported).toEqual(appended);
    expect(imported).toHaveLength(rows.length);
  });

  it("leaves out the excluded lines and keeps file order", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row(i + 2, `T${i}`, { amount: i / 7 }));
    const { appended, imported } = await bothWays(rows, [2, 500, 19_999]);
    expect(imported).toEqual(appended);
    expect(imported).toHaveLength(19_997);
  });

  it("round-trips any text, number and date exactly (property)", async () => {
    const arbitraryRow = fc.record({
      text: fc.option(fc.string({ unit: "binary", maxLength: 12 }), { nil: null }),
      day: fc.option(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        { nil: null }
      ),
      tags: fc.option(fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }).filter((s) => !s.includes("\u001F")), { maxLength: 3 }), { nil: null }),
      amount: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
      count: fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }), { nil: null }),
      flag: fc.option(fc.boolean(), { nil: null })
    });
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryRow, { minLength: 1, maxLength: 30 }), async (drawn) => {
        const rows = drawn.map((r, i) => ({ line: i + 2, ...r }));
        const { appended, imported } = await bothWays(rows);
        expect(imported).toEqual(appended);
      }),
      { numRuns: 150, seed: 2016 }
    );
  });
});
