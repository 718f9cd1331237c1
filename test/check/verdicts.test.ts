import { describe, expect, it } from "vitest";
import { writeVerdicts } from "../../loaders/check/verdicts.js";
import type { SqlType, Verdict } from "../../loaders/schemas/cell-parser.js";
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";

/** Writes `verdicts` for the column `v` of a table given as SQL VALUES, and returns the texts `parse` was called with. */
async function verdictsOf(c: DuckDBConnection, values: string, type: SqlType, parse: (t: string | null) => Verdict): Promise<(string | null)[]> {
  const seen: (string | null)[] = [];
  await c.run(`CREATE TEMP TABLE raw AS SELECT * FROM (VALUES ${values}) t(v)`);
  await writeVerdicts(c, { table: "raw", column: "v" }, "verdicts", type, (t) => {
    seen.push(t);
    return parse(t);
  });
  return seen.sort();
}

describe("writeVerdicts", () => {
  it("parses each distinct raw text once and keys its verdict by that text", async () => {
    await withConnection(":memory:", async (c) => {
      const seen = await verdictsOf(c, "('12'), ('12'), ('x'), (NULL)", "DOUBLE", (t) => (t !== null && /^\d+$/.test(t) ? { value: Number(t) } : { fault: `illisible : ${t}` }));
      expect(seen).toEqual(["12", "x", null].sort());
      expect(await queryRows(c, "SELECT raw, value, fault FROM verdicts ORDER BY raw NULLS LAST")).toEqual([
        { raw: "12", value: 12, fault: null },
        { raw: "x", value: null, fault: "illisible : x" },
        { raw: null, value: null, fault: "illisible : null" }
      ]);
    });
  });

  // A UTF-8 export with a byte-order mark in the middle: DuckDB's reader drops a text's leading U+FEFF, which made
  // two raw texts one key and doubled every row joined to it (found by the fuzz).
  it("keeps a raw text that starts with U+FEFF apart from the same text without it", async () => {
    await withConnection(":memory:", async (c) => {
      const seen = await verdictsOf(c, "('Avance'), (chr(65279) || 'Avance'), (chr(65279) || chr(65279) || 'Solde')", "VARCHAR", (t) => ({ value: t }));
      expect(seen).toEqual(["Avance", "\uFEFFAvance", "\uFEFF\uFEFFSolde"].sort());
      const [joined] = await queryRows<{ n: bigint; matched: bigint }>(c, "SELECT count(*) AS n, count(v.raw) AS matched FROM raw LEFT JOIN verdicts v ON v.raw = raw.v");
      expect(joined).toEqual({ n: 3n, matched: 3n });
      const [exact] = await queryRows<{ n: bigint }>(c, "SELECT count(*) AS n FROM verdicts WHERE value = raw");
      expect(exact!.n).toBe(3n);
    });
  });
});
