import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { writeParquet } from "../../loaders/ingest/write-parquet.js";
import { loadExports } from "../../loaders/load/load-exports.js";
import { dossier, exportsOf, paiement } from "../helpers/exports-folder.js";

describe("writeParquet", () => {
  it("writes every table as Parquet, which reads back with the same rows and types", async () => {
    const dir = await exportsOf({ dossiers: [dossier(), dossier({ "N° dossier": "D2" })], paiements: [paiement()] });
    const out = join(mkdtempSync(join(tmpdir(), "inspir-parquet-")), "it's here");
    const tables = await withConnection(":memory:", async (connection) => {
      await loadExports(connection, dir);
      await writeParquet(connection, out);
      return (await queryRows<{ name: string }>(connection, "SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1")).map((t) => t.name);
    });
    expect(readdirSync(out).sort()).toEqual(tables.map((t) => `${t}.parquet`));
    expect(tables).toEqual(expect.arrayContaining(["dossiers", "paiements", "alerts", "personal_data", "rejected", "files"]));
    const back = await withConnection(":memory:", (c) =>
      queryRows(c, "SELECT id, typeof(date_vote) AS t, vote_fonctionnement FROM read_parquet($path) ORDER BY id", { path: join(out, "dossiers.parquet") })
    );
    expect(back).toEqual([
      { id: "D1", t: "DATE", vote_fonctionnement: 5000 },
      { id: "D2", t: "DATE", vote_fonctionnement: 5000 }
    ]);
  });
});
