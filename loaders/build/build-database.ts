import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { ConfigError } from "../config/config-error.js";
import { dataDirFromEnv } from "../config/data-dir.js";
import { replaceDatabase } from "../ingest/replace-database.js";
import { type LoadOptions, loadExports } from "../load/load-exports.js";
import type { DatabaseSource } from "../load/loaded-database.js";

/** The variable through which a build hands its loaded database to the data loaders it runs. */
export const BUILD_DATABASE_VARIABLE = "INSPIR_DATABASE";

/** A fingerprint of a folder's export files (names and bytes): a database is reused only for the same exports. */
export async function exportsFingerprint(dataDir: string): Promise<string> {
  const hash = createHash("sha256");
  const names = (await readdir(dataDir)).filter((n) => /\.(csv|xlsx)$/i.test(n)).sort();
  for (const name of names) hash.update(name).update("\0").update(await readFile(join(dataDir, name))).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * Loads the exports once for a whole build into `<cacheDir>/exports-<fingerprint>.duckdb` (kept while the exports
 * are the same), and returns its path. The site's configuration calls it, so that the review years, the site's data
 * and the open data all read this one file.
 */
export async function prepareBuildDatabase(dataDir: string, cacheDir: string, options: LoadOptions = {}): Promise<string> {
  await mkdir(cacheDir, { recursive: true, mode: 0o700 });
  const path = join(cacheDir, `exports-${await exportsFingerprint(dataDir)}.duckdb`);
  if (await stat(path).then(() => true, () => false)) return path;
  await replaceDatabase(path, (connection) => loadExports(connection, dataDir, options));
  return path;
}

const environment = z.object({ [BUILD_DATABASE_VARIABLE]: z.string().trim().min(1, `${BUILD_DATABASE_VARIABLE} est vide`).optional() });

/** What a data loader reads: the build's database when the build prepared one, else the exports folder of the environment. */
export function databaseSourceFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSource {
  const parsed = environment.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? `${BUILD_DATABASE_VARIABLE} invalide`);
  const database = parsed.data[BUILD_DATABASE_VARIABLE];
  return database ? { database } : { dataDir: dataDirFromEnv(env), log: (m) => process.stderr.write(`${m}\n`) };
}
