import { z } from "zod";
import { ConfigError } from "./config-error.js";

const environment = z.object({
  INSPIR_DUCKDB_THREADS: z.coerce.number().int().positive("INSPIR_DUCKDB_THREADS must be a positive whole number").optional()
});

/** DuckDB's settings from the environment: `INSPIR_DUCKDB_THREADS` caps its threads (default: one per core). */
export function duckdbSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const parsed = environment.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? "invalid DuckDB settings");
  return parsed.data.INSPIR_DUCKDB_THREADS === undefined ? {} : { threads: String(parsed.data.INSPIR_DUCKDB_THREADS) };
}
