import { rm } from "node:fs/promises";
import { basename, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { writeAlerts } from "../alerts/rules.js";
import { checkExport, writeDossierIndex } from "../check/check-export.js";
import { createCheckMacros } from "../check/sql-macros.js";
import { queryRows } from "../db/with-connection.js";
import { type Limits, limitsFromEnv } from "../config/limits.js";
import { withScratchDir } from "../os/scratch-dir.js";
import { bindColumns } from "../raw/bind-columns.js";
import { dropLoadTables, loadRawTable } from "../raw/raw-table.js";
import { EXPORT_KINDS, locateExports } from "../read/locate-exports.js";
import { stageExport } from "../read/stage-export.js";
import { DEFAULT_ENVELOPPES } from "../schemas/enveloppes.js";
import { EXPORT_SPECS } from "../schemas/export-specs.js";
import { writeReferenceTables } from "../tables/reference-tables.js";
import { createReportTables, reportExport } from "../tables/report-tables.js";
import { createTypedTable, insertKeptRows } from "../tables/typed-table.js";
import { writeViews } from "../tables/views.js";

export interface LoadOptions {
  /** Receives progress lines meant for stderr. */
  log?: (message: string) => void;
  /** Bounds on each file; from the environment when not given. */
  limits?: Limits;
}

/**
 * Loads a folder of exports into an open database, in the order the data flows: each file is read into a staging
 * file (read/), which DuckDB reads into a raw table of text (raw/); the checks run as SQL over it (check/); the kept
 * rows fill the typed tables, the others `rejected` (tables/); then the views and the alerts. Throws LoadError on a
 * fatal problem (missing file or column, undecodable file), leaving the database half written: callers drop it (in
 * memory) or never move it into place.
 */
export async function loadExports(connection: DuckDBConnection, dataDir: string, options: LoadOptions = {}): Promise<void> {
  const limits = options.limits ?? limitsFromEnv();
  const log = options.log ?? (() => {});
  const paths = await locateExports(dataDir);
  await createCheckMacros(connection);
  await writeReferenceTables(connection);
  await createReportTables(connection);
  for (const kind of EXPORT_KINDS) await createTypedTable(connection, EXPORT_SPECS[kind]);
  const dossiersFile = basename(paths.dossiers!);
  // Two sides, in turn per export: JavaScript reads a file into its staging file while DuckDB loads and checks the
  // exports read before it. Dossiers come first, so their index is ready for the exports that refer to them.
  let duckdb: Promise<void> = Promise.resolve();
  // The staging files hold personal data: in a folder only this user can read, each removed once DuckDB has it.
  await withScratchDir("inspir-load", async (dir) => {
    try {
      for (const kind of EXPORT_KINDS) {
        const path = paths[kind];
        if (path === undefined) continue;
        const spec = EXPORT_SPECS[kind];
        const staging = join(dir, `${kind}.csv`);
        const staged = await stageExport(path, staging, limits);
        // A missing column fails here, in file order, whatever DuckDB is doing.
        const binding = bindColumns(staged.file, staged.headers, spec.columns);
        duckdb = duckdb.then(async () => {
          const raw = await loadRawTable(connection, spec, staged, binding, staging);
          await rm(staging);
          // Progress for the large files only: a failed load prints its one line alone.
          if (raw.read >= PROGRESS_ROWS) log(`${staged.file} : ${raw.read.toLocaleString("fr-FR")} lignes lues`);
          await checkExport(connection, raw, dossiersFile);
          // The checked table holds what is left to write: the raw texts can go.
          await connection.run(`DROP TABLE "${raw.table}"`);
          if (kind === "dossiers") await writeDossierIndex(connection);
          await insertKeptRows(connection, spec, raw.file);
          await reportExport(connection, raw);
          await dropLoadTables(connection, raw);
        });
      }
    } finally {
      // Never leave DuckDB working on this connection, nor its failure unheard, when reading fails.
      const settled = await duckdb.then(() => undefined, (error: unknown) => error);
      if (settled !== undefined) throw settled;
    }
  });
  if (paths.enveloppes === undefined) {
    for (const e of DEFAULT_ENVELOPPES) {
      await connection.run("INSERT INTO enveloppes (programme, inspir, source, section, versant, montant, reference) VALUES ($programme, true, 'deliberation-2016', $section, $versant, $montant, $reference)", { ...e });
    }
  }
  await writeViews(connection);
  await writeAlerts(connection);
  // The working tables of the load go with it: what stays is what analysts query.
  for (const { name } of await queryRows<{ name: string }>(connection, "SELECT table_name AS name FROM duckdb_tables() WHERE temporary")) await connection.run(`DROP TABLE "${name}"`);
}

/** From how many rows a file's reading is worth a progress line. */
const PROGRESS_ROWS = 50_000;
