import { z } from "zod";
import { ConfigError } from "./config-error.js";

const THREADS_MESSAGE = "INSPIR_DUCKDB_THREADS doit être un nombre entier positif";

const environment = z.object({
  INSPIR_DUCKDB_THREADS: z.coerce.number({ error: THREADS_MESSAGE }).int(THREADS_MESSAGE).positive(THREADS_MESSAGE).optional()
});

/** DuckDB's settings from the environment: `INSPIR_DUCKDB_THREADS` caps its threads (default: one per core). */
export function duckdbSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const parsed = environment.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? THREADS_MESSAGE);
  return parsed.data.INSPIR_DUCKDB_THREADS === undefined ? {} : { threads: String(parsed.data.INSPIR_DUCKDB_THREADS) };
}
