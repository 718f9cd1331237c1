import { readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { DuckDBConnection } from "@duckdb/node-api";
import { runQuery } from "./query-result.js";
import { formatResult } from "./result-format.js";
import type { ResultFormat } from "./result-format.js";

const HISTORY_SIZE = 500;

/** The history file: INSPIR_SQL_HISTORY when set (empty: no history), else `.inspir-sql-history` in the user's home. */
export function historyPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.INSPIR_SQL_HISTORY !== undefined) return env.INSPIR_SQL_HISTORY.trim() === "" ? undefined : env.INSPIR_SQL_HISTORY;
  return join(homedir(), ".inspir-sql-history");
}

const TABLES_SQL = `SELECT table_name AS "table", 'table' AS sorte, comment AS contenu FROM duckdb_tables() WHERE NOT internal
  UNION ALL SELECT view_name, 'vue', comment FROM duckdb_views() WHERE NOT internal ORDER BY 1`;

const HELP = `Requêtes SQL de DuckDB, terminées par « ; » (elles peuvent tenir sur plusieurs lignes).
  .tables                 les tables et vues, avec leur description
  .columns <table>        les colonnes d’une table ou d’une vue, avec leur description
  .help                   cette aide
  .quit                   quitter (ou Ctrl-D)
La base est ouverte en lecture seule.`;

/** A prompt reading SQL statements and dot-commands from `input` until its end, printing each result to `output`. */
export async function interactive(connection: DuckDBConnection, format: ResultFormat, streams: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }, history = historyPath()): Promise<void> {
  const previous = history === undefined ? [] : readHistory(history);
  const rl = createInterface({ input: streams.input, output: streams.output, prompt: "inspir> ", history: previous, historySize: HISTORY_SIZE, removeHistoryDuplicates: true });
  const print = (text: string) => streams.output.write(text);
  // Outside a terminal readline keeps no history of its own: the lines entered are collected here.
  const entered: string[] = [];
  const run = async (sql: string) => {
    try {
      print(formatResult(await runQuery(connection, sql), format));
    } catch (error) {
      print(`Erreur SQL : ${String((error as Error).message).split("\n")[0]}\n`);
    }
  };
  print(`Base ouverte en lecture seule. « .help » pour l’aide, « .tables » pour les tables.\n`);
  rl.prompt();
  let pending = "";
  for await (const line of rl) {
    const text = line.trim();
    if (pending === "" && text.startsWith(".")) {
      entered.push(text);
      const [command, argument] = text.split(/\s+/);
      if (command === ".quit" || command === ".exit") break;
      if (command === ".help") print(`${HELP}\n`);
      else if (command === ".tables") await run(TABLES_SQL);
      else if (command === ".columns" && argument) await run(`SELECT column_name AS colonne, data_type AS type, comment AS contenu FROM duckdb_columns() WHERE NOT internal AND table_name = '${argument.replaceAll("'", "''")}' ORDER BY column_index`);
      else print(`Commande inconnue : ${text} (« .help » pour l’aide)\n`);
    } else if (text !== "") {
      pending = pending === "" ? line : `${pending}\n${line}`;
      if (text.endsWith(";")) {
        entered.push(pending.replaceAll("\n", " "));
        await run(pending);
        pending = "";
      }
    }
    rl.setPrompt(pending === "" ? "inspir> " : "   ...> ");
    rl.prompt();
  }
  rl.close();
  if (history !== undefined) writeHistory(history, [...entered.reverse(), ...previous]);
}

/** The saved history, newest first as readline wants it; none when the file is absent or unreadable. */
function readHistory(path: string): string[] {
  try {
    return readFileSync(path, "utf8").split("\n").filter((l) => l !== "").reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

/** Saves the history oldest first, readable by its owner only: a query may quote a personal value. */
function writeHistory(path: string, newestFirst: string[]): void {
  const unique = [...new Set(newestFirst)].slice(0, HISTORY_SIZE);
  try {
    writeFileSync(path, `${unique.reverse().join("\n")}\n`, { mode: 0o600 });
  } catch {
    // A history that cannot be written (read-only home) must not fail the session.
  }
}
