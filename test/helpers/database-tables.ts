import type { DuckDBConnection } from "@duckdb/node-api";
import { writeTable } from "../../loaders/db/table-def.js";
import { DOSSIERS_TABLE, ENVELOPPES_TABLE, FILES_TABLE, IDEES_TABLE, MARQUEURS_TABLE, PAIEMENTS_TABLE, PERSONAL_TABLE, type PersonalValue, REJECTED_TABLE } from "../../loaders/db/tables.js";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { type LoadOptions, loadExports } from "../../loaders/load/load-exports.js";
import { type BuildOptions, buildDatabase } from "../../loaders/pipeline.js";
import { GODIN_MARKERS } from "../../loaders/schemas/vocabulary.js";

/** The tables of a load compared between the two ways of writing them. */
export const LOAD_TABLE_NAMES = ["dossiers", "paiements", "idees", "marqueurs", "personal_data", "enveloppes", "files", "rejected"] as const;

/** Every row of each load table, in table order, as JSON-ready values. */
export type TableContents = Record<(typeof LOAD_TABLE_NAMES)[number], unknown[]>;

async function contents(connection: DuckDBConnection): Promise<TableContents> {
  const out = {} as TableContents;
  for (const name of LOAD_TABLE_NAMES) out[name] = await queryRows(connection, `SELECT * FROM "${name}"`);
  return out;
}

/** The load tables as the pipeline writes them (checks in threads or not, kept rows through CSV files). */
export async function pipelineTables(dataDir: string, options: BuildOptions = {}): Promise<TableContents> {
  return withConnection(":memory:", async (connection) => {
    await buildDatabase(connection, dataDir, options);
    return contents(connection);
  });
}

/**
 * The same tables written another way, as an oracle: the rows `loadExports` holds in memory, each table through
 * DuckDB's appender (`writeTable`), personal values and marker scores laid out here from the kept rows.
 */
export async function appendedTables(dataDir: string, options: LoadOptions = {}): Promise<TableContents> {
  const load = await loadExports(dataDir, options);
  const file = (kind: string) => load.files.find((f) => f.kind === kind)?.file ?? "";
  const personal: PersonalValue[] = [];
  for (const d of load.dossiers) if (d.contact !== null) personal.push({ file: file("dossiers"), line: d.line, recordId: d.id, column: "Contact", value: d.contact });
  for (const i of load.idees) {
    if (i.porteur !== null) personal.push({ file: file("suivi"), line: i.line, recordId: i.id, column: "Porteur", value: i.porteur });
    if (i.email !== null) personal.push({ file: file("suivi"), line: i.line, recordId: i.id, column: "Email", value: i.email });
  }
  const scores = load.marqueurs.flatMap((m) => GODIN_MARKERS.map((marker, i) => ({ dossier: m.dossier, line: m.line, dateComite: m.dateComite, rank: i + 1, marker, score: m.scores[marker] })));
  return withConnection(":memory:", async (connection) => {
    await writeTable(connection, DOSSIERS_TABLE, load.dossiers);
    await writeTable(connection, PAIEMENTS_TABLE, load.paiements);
    await writeTable(connection, IDEES_TABLE, load.idees);
    await writeTable(connection, MARQUEURS_TABLE, scores);
    await writeTable(connection, PERSONAL_TABLE, personal);
    await writeTable(connection, ENVELOPPES_TABLE, load.enveloppes.map((e) => ({ ...e, source: load.enveloppesSource })));
    await writeTable(connection, FILES_TABLE, load.files);
    await writeTable(connection, REJECTED_TABLE, load.rejected);
    return contents(connection);
  });
}
