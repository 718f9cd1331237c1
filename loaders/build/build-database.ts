import { createHash } from "node:crypto";
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { ConfigError } from "../config/config-error.js";
import { dataDirFromEnv } from "../config/data-dir.js";
import { replaceDatabase } from "../ingest/replace-database.js";
import { exportFingerprint, loadersVersion } from "../load/export-cache.js";
import { loadDataFolder } from "../load/load-data-folder.js";
import type { LoadOptions } from "../load/load-exports.js";
import { locateExportFolders } from "../read/locate-export-folders.js";
import type { DatabaseSource } from "../load/loaded-database.js";

/** The variable through which a build hands its loaded database to the data loaders it runs. */
export const BUILD_DATABASE_VARIABLE = "INSPIR_DATABASE";

/**
 * Loads the exports once for a whole build into `<cacheDir>/exports-<fingerprint>.duckdb` (kept while the exports
 * and the loaders are the same), and returns its path. Each export's own load is kept in `exportCacheDir`, which
 * outlives the build's cache, so that a new export is the only one loaded. The site's configuration calls it, so
 * that the review years, the site's data and the open data all read this one file.
 */
export async function prepareBuildDatabase(dataDir: string, cacheDir: string, options: LoadOptions & { exportCacheDir: string }): Promise<string> {
  await mkdir(cacheDir, { recursive: true, mode: 0o700 });
  const hash = createHash("sha256").update(await loadersVersion());
  for (const folder of await locateExportFolders(dataDir)) hash.update("\0").update(await exportFingerprint(folder));
  const path = join(cacheDir, `exports-${hash.digest("hex").slice(0, 16)}.duckdb`);
  if (await stat(path).then(() => true, () => false)) return path;
  await replaceDatabase(path, (connection) => loadDataFolder(connection, dataDir, { ...options, cacheDir: options.exportCacheDir }), { cache: true });
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
