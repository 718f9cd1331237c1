import { describe, expect, it } from "vitest";
import { writeVerdicts } from "../../loaders/check/verdicts.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";

describe("writeVerdicts", () => {
  it("parses each distinct raw text once and keys its verdict by that text", async () => {
    const seen: (string | null)[] = [];
    await withConnection(":memory:", async (c) => {
      await c.run("CREATE TEMP TABLE raw AS SELECT * FROM (VALUES ('12'), ('12'), ('x'), (NULL)) t(amount)");
      await writeVerdicts(c, { table: "raw", column: "amount" }, "verdicts", "DOUBLE", (t) => {
        seen.push(t);
        return t !== null && /^\d+$/.test(t) ? { value: Number(t) } : { fault: `illisible : ${t}` };
      });
      expect(await queryRows(c, "SELECT raw, value, fault FROM verdicts ORDER BY raw NULLS LAST")).toEqual([
        { raw: "12", value: 12, fault: null },
        { raw: "x", value: null, fault: "illisible : x" },
        { raw: null, value: null, fault: "illisible : null" }
      ]);
    });
    expect(seen.sort()).toEqual(["12", "x", null].sort());
  });

  // A UTF-8 export with a byte-order mark in the middle: DuckDB's reader drops a text's leading U+FEFF, which made
  // two raw texts one key and doubled every row joined to it (found by the fuzz).
  it("keeps a raw text that starts with U+FEFF apart from the same text without it", async () => {
    const seen: (string | null)[] = [];
    await withConnection(":memory:", async (c) => {
      await c.run("CREATE TEMP TABLE raw AS SELECT * FROM (VALUES ('Avance'), (chr(65279) || 'Avance'), (chr(65279) || chr(65279) || 'Solde')) t(type)");
      await writeVerdicts(c, { table: "raw", column: "type" }, "verdicts", "VARCHAR", (t) => {
        seen.push(t);
        return { value: t };
      });
      const [joined] = await queryRows<{ n: bigint; matched: bigint }>(c, "SELECT count(*) AS n, count(v.raw) AS matched FROM raw LEFT JOIN verdicts v ON v.raw = raw.type");
      expect(joined).toEqual({ n: 3n, matched: 3n });
      const [exact] = await queryRows<{ n: bigint }>(c, "SELECT count(*) AS n FROM verdicts WHERE value = raw");
      expect(exact!.n).toBe(3n);
    });
    expect(seen.sort()).toEqual(["Avance", "\uFEFFAvance", "\uFEFF\uFEFFSolde"].sort());
  });
});
