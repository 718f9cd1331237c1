import { describe, expect, it } from "vitest";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { loadDataFolder } from "../../loaders/load/load-data-folder.js";
import { dossier, exportsOf, idee, paiement } from "../helpers/exports-folder.js";

describe("comments of the loaded database", () => {
  it("gives every table, view and column a non-empty comment, for the analysts who read the file", async () => {
    const dir = await exportsOf({ dossiers: [dossier()], paiements: [paiement()], suivi: [idee()] });
    const missing = await withConnection(":memory:", async (connection) => {
      await loadDataFolder(connection, dir);
      const blank = "(comment IS NULL OR trim(comment) = '')";
      return {
        tables: await queryRows(connection, `SELECT table_name FROM duckdb_tables() WHERE NOT internal AND ${blank}`),
        views: await queryRows(connection, `SELECT view_name FROM duckdb_views() WHERE NOT internal AND ${blank}`),
        columns: await queryRows(connection, `SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal AND ${blank}`),
        // Without this the test would pass on a database holding nothing.
        objects: (await queryRows<{ n: bigint }>(connection, "SELECT count(*) AS n FROM duckdb_columns() WHERE NOT internal"))[0]!.n
      };
    });
    expect(missing.objects).toBeGreaterThan(100n);
    expect(missing).toEqual({ tables: [], views: [], columns: [], objects: missing.objects });
  });
});
