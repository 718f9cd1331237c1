import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { type LoadOptions, loadExports } from "../../loaders/load/load-exports.js";
import type { FileReport, Rejection } from "../../loaders/load/report.js";

type Row = Record<string, unknown>;

/** What a load of a folder wrote: the reports and every table of kept rows (dates as `YYYY-MM-DD`, in file order). */
export interface LoadedTables {
  files: FileReport[];
  rejected: Rejection[];
  dossiers: Row[];
  paiements: Row[];
  idees: Row[];
  marqueurs: Row[];
  enveloppes: Row[];
  personal: Row[];
}

/** Loads a folder of exports in memory and reads its tables back, for tests. */
export async function loadedTables(dataDir: string, options: LoadOptions = {}): Promise<LoadedTables> {
  return withConnection(":memory:", async (connection) => {
    await loadExports(connection, dataDir, options);
    // Dates as text, so that tests compare them as the contract writes them.
    const rows = async (table: string, order: string) => {
      const [{ columns }] = await queryRows<{ columns: string }>(
        connection,
        `SELECT string_agg(CASE WHEN data_type = 'DATE' THEN 'strftime("' || column_name || '", ''%Y-%m-%d'') AS "' || column_name || '"' ELSE '"' || column_name || '"' END, ', ' ORDER BY column_index) AS columns
         FROM duckdb_columns() WHERE table_name = $table AND NOT internal`,
        { table }
      ) as [{ columns: string }];
      return queryRows(connection, `SELECT ${columns} FROM "${table}" ORDER BY ${order}`);
    };
    return {
      files: await queryRows<FileReport>(connection, `SELECT file, kind, format, read, kept, rejected, extra_columns AS "extraColumns" FROM files ORDER BY file`),
      rejected: await queryRows<Rejection>(connection, `SELECT file, line, column_name AS "column", value, reason FROM rejected ORDER BY file, line`),
      dossiers: await rows("dossiers", "line"),
      paiements: await rows("paiements", "line"),
      idees: await rows("idees", "line"),
      marqueurs: await rows("marqueurs", "line, marker_rank"),
      enveloppes: await rows("enveloppes", "line NULLS FIRST, section, versant"),
      personal: await rows("personal_data", "file, line")
    };
  });
}
