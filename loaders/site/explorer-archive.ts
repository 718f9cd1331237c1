import type { DuckDBConnection } from "@duckdb/node-api";
import { ALERT_RULES } from "../alerts/rules.js";
import { queryRows } from "../db/with-connection.js";
import { type DatabaseSource, withLoadedDatabase } from "../load/loaded-database.js";
import { DISPOSITIFS, STATUTS } from "../schemas/vocabulary.js";
import { territoryReference } from "../territory/reference.js";
import { DOSSIER_SHARD_COUNT, shardName } from "../../src/components/dossier-shard.js";
import type { ExplorerIndex } from "../../src/components/explorer-format.js";
import { explorerDetails } from "./explorer-details.js";
import { explorerRows } from "./explorer-rows.js";
import { exportsDate } from "./exports-date.js";
import { zipJson } from "./zip-archive.js";

/** A piece above this size (bytes of JSON) is reported: the explorer promises pieces of at most 1 MB. */
export const EXPLORER_PIECE_LIMIT = 1_000_000;

/** The explorer's index: vocabularies, the EPCI present in the exports, and the years of vote up to the exports date. */
async function explorerIndex(connection: DuckDBConnection): Promise<Omit<ExplorerIndex, "preview">> {
  const day = await exportsDate(connection);
  const lastYear = day === null ? Number.POSITIVE_INFINITY : Number(day.slice(0, 4));
  const [count] = await queryRows<{ n: bigint }>(connection, "SELECT count(*) AS n FROM dossiers");
  const epci = await queryRows<{ siren: string; name: string }>(
    connection,
    "SELECT e.siren, e.name FROM epci e WHERE e.siren IN (SELECT epci_siren FROM dossiers) ORDER BY e.name, e.siren"
  );
  const years = await queryRows<{ year: number }>(connection, "SELECT DISTINCT year(date_vote)::INTEGER AS year FROM dossiers WHERE date_vote IS NOT NULL ORDER BY year");
  const actionYears = await queryRows<{ year: number }>(connection, "SELECT DISTINCT year(coalesce(date_action, date_vote, date_depot))::INTEGER AS year FROM dossiers ORDER BY year");
  const departements = await queryRows<{ code: string; versant: string }>(connection, "SELECT departement AS code, any_value(versant) AS versant FROM communes GROUP BY ALL ORDER BY code");
  const { departementNames } = territoryReference();
  return {
    exportsDate: day,
    count: Number(count?.n ?? 0),
    shardCount: DOSSIER_SHARD_COUNT,
    dispositifs: [...DISPOSITIFS],
    statuts: [...STATUTS],
    departements: departements.map((d) => ({ ...d, name: departementNames.get(d.code as never) ?? d.code })),
    epci,
    rules: ALERT_RULES.map(({ code, label }) => ({ code, label })),
    years: years.map((y) => y.year).filter((y) => y <= lastYear),
    actionYears: actionYears.map((y) => y.year).filter((y) => y <= lastYear)
  };
}

/** The explorer's files, by name in the archive: `index.json`, `rows-NN.json` and `details-NNN.json`. */
export async function explorerFiles(connection: DuckDBConnection): Promise<Record<string, unknown>> {
  const index = await explorerIndex(connection);
  const { shards, preview } = await explorerRows(connection, index);
  const files: Record<string, unknown> = { "index.json": { ...index, preview } };
  shards.forEach((rows, i) => (files[`rows-${shardName(i)}.json`] = rows));
  (await explorerDetails(connection)).forEach((details, i) => (files[`details-${shardName(i, 3)}.json`] = details));
  return files;
}

/** The explorer's files as one ZIP archive (Framework extracts each piece the page names); oversized pieces are reported on stderr. */
export async function explorerArchive(source: DatabaseSource, log: (message: string) => void = (m) => process.stderr.write(`${m}\n`)): Promise<Uint8Array> {
  const files = await withLoadedDatabase(source, explorerFiles);
  for (const [name, value] of Object.entries(files)) {
    const bytes = Buffer.byteLength(JSON.stringify(value));
    if (bytes > EXPLORER_PIECE_LIMIT) log(`explorer: ${name} holds ${bytes} bytes, above ${EXPLORER_PIECE_LIMIT}`);
  }
  return zipJson(files);
}
