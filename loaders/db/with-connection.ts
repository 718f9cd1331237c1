import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { duckdbSettingsFromEnv } from "../config/duckdb-settings.js";

/**
 * Opens a DuckDB database (a file path, or `:memory:`) with the environment's settings and `options` (DuckDB's
 * configuration names), runs `work` on one connection, and always closes both.
 */
export async function withConnection<T>(path: string, work: (connection: DuckDBConnection) => Promise<T>, options: Record<string, string> = {}): Promise<T> {
  const instance = await DuckDBInstance.create(path, { ...duckdbSettingsFromEnv(), ...options });
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Runs a query with bound parameters and returns its rows as plain JS objects (BIGINT as bigint). */
export async function queryRows<R = Record<string, unknown>>(connection: DuckDBConnection, sql: string, params?: Record<string, string | number | boolean | null>): Promise<R[]> {
  const reader = params ? await connection.runAndReadAll(sql, params) : await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as R[];
}
