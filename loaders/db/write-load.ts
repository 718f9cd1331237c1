import type { DuckDBConnection } from "@duckdb/node-api";
import type { LoadReport } from "../load/load-exports.js";
import type { ExportKind } from "../read/locate-exports.js";
import { STAGES } from "../schemas/vocabulary.js";
import { territoryReference } from "../territory/reference.js";
import type { LoadCsvFile } from "./load-csv.js";
import { importLayoutCsv } from "./import-layout.js";
import { LOAD_LAYOUTS, LOAD_TABLES, type LoadLayout, type LoadTableName } from "./load-layouts.js";
import { createTable, writeTable } from "./table-def.js";
import { COMMUNES_TABLE, ENVELOPPES_TABLE, EPCI_TABLE, FILES_TABLE, REJECTED_TABLE, STAGES_TABLE } from "./tables.js";

/**
 * Writes what a load starts from: the territories and the stages, and every table of kept rows, empty (it stays
 * empty when no file fills it). Needs none of the exports.
 */
export async function createLoadTables(connection: DuckDBConnection): Promise<void> {
  const reference = territoryReference();
  await writeTable(connection, EPCI_TABLE, reference.epci.values());
  await writeTable(connection, COMMUNES_TABLE, reference.communes.values());
  await writeTable(connection, STAGES_TABLE, STAGES.map((stage, i) => ({ rank: i + 1, stage })));
  for (const table of Object.keys(LOAD_TABLES) as LoadTableName[]) await createTable(connection, LOAD_TABLES[table]);
}

/**
 * Imports kept rows from the CSV files the export checks wrote, in the order given, leaving out each export's
 * excluded lines (rows whose references failed). The tables must exist (createLoadTables).
 */
export async function importKeptRows(
  connection: DuckDBConnection,
  files: readonly LoadCsvFile[],
  excludedLines: Partial<Record<ExportKind, readonly number[]>>
): Promise<void> {
  for (const file of files) await importLayoutCsv(connection, LOAD_LAYOUTS[file.kind] as LoadLayout<never>, file.path, file.file, excludedLines[file.kind]);
}

/** Writes the budget lines and the reports of a load: files read, rows rejected. */
export async function writeLoadReports(connection: DuckDBConnection, report: LoadReport): Promise<void> {
  await writeTable(connection, ENVELOPPES_TABLE, report.enveloppes.map((e) => ({ ...e, source: report.enveloppesSource })));
  await writeTable(connection, FILES_TABLE, report.files);
  await writeTable(connection, REJECTED_TABLE, report.rejected);
}
