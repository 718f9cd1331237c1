import { parseArgs } from "node:util";
import { UsageError } from "../cli/usage-error.js";
import type { ResultFormat } from "./result-format.js";

export const SQL_USAGE = "Usage : npm run sql -- <fichier.duckdb> [\"<requête>\"] [--csv | --json]";

/** What `npm run sql` was asked: the database file, the query (none: the interactive prompt) and the output format. */
export interface SqlOptions {
  database: string;
  query?: string;
  format: ResultFormat;
}

/** Reads the command's arguments; a wrong or missing one is a usage error in French. */
export function sqlOptions(argv: readonly string[]): SqlOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { csv: { type: "boolean" }, json: { type: "boolean" } }, strict: true, allowPositionals: true });
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
    throw new UsageError(`Option inconnue : ${option}.\n${SQL_USAGE}`);
  }
  const [database, query, ...extra] = parsed.positionals;
  if (database === undefined || database.trim() === "") throw new UsageError(`Fichier .duckdb manquant.\n${SQL_USAGE}`);
  if (extra.length > 0) throw new UsageError(`Argument inattendu : ${extra[0]} (mettre la requête entre guillemets).\n${SQL_USAGE}`);
  if (parsed.values.csv && parsed.values.json) throw new UsageError(`--csv et --json s’excluent.\n${SQL_USAGE}`);
  return { database, ...(query === undefined ? {} : { query }), format: parsed.values.csv ? "csv" : parsed.values.json ? "json" : "table" };
}
