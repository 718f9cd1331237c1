import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rm, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { replaceDatabase } from "../ingest/replace-database.js";
import type { ExportFolder } from "../read/locate-export-folders.js";
import { type LoadOptions, loadExports } from "./load-exports.js";

const EXPORT_FILE = /\.(csv|xlsx)$/i;

/** A fingerprint of an export folder's files (names and bytes), and of its date: a cached load is reused only for the same files. */
export async function exportFingerprint(folder: ExportFolder): Promise<string> {
  const hash = createHash("sha256").update(folder.date ?? "").update("\0");
  const names = (await readdir(folder.dir)).filter((n) => EXPORT_FILE.test(n)).sort();
  for (const name of names) hash.update(name).update("\0").update(await readFile(join(folder.dir, name))).update("\0");
  return hash.digest("hex").slice(0, 16);
}

const LOADERS_DIR = fileURLToPath(new URL("..", import.meta.url));
let codeVersion: Promise<string> | undefined;

/** A hash of the loaders' source: a cached load made by other code is never served. */
export function loadersVersion(): Promise<string> {
  codeVersion ??= (async () => {
    const hash = createHash("sha256");
    const files = (await readdir(LOADERS_DIR, { recursive: true })).filter((f) => /\.(ts|json)$/.test(f)).sort();
    for (const file of files) hash.update(relative(LOADERS_DIR, join(LOADERS_DIR, file))).update("\0").update(await readFile(join(LOADERS_DIR, file))).update("\0");
    return hash.digest("hex").slice(0, 12);
  })();
  return codeVersion;
}

/**
 * The DuckDB file of one export's load in `cacheDir`, loading it only when no file holds the same files loaded by the
 * same code. Entries of other code versions are removed. Logs whether the export was loaded or reused.
 */
export async function cachedExportDatabase(folder: ExportFolder, cacheDir: string, options: LoadOptions = {}): Promise<string> {
  const version = await loadersVersion();
  const dir = join(cacheDir, version);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  for (const name of await readdir(cacheDir)) if (name !== version) await rm(join(cacheDir, name), { recursive: true, force: true });
  const path = join(dir, `export-${await exportFingerprint(folder)}.duckdb`);
  const label = folder.date ?? folder.dir;
  if (await stat(path).then(() => true, () => false)) {
    options.log?.(`export ${label} : repris du cache`);
    return path;
  }
  options.log?.(`export ${label} : chargement`);
  await replaceDatabase(path, (connection) => loadExports(connection, folder.dir, options), { cache: true });
  return path;
}
