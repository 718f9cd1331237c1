import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { LoadError } from "../load-error.js";

/** One export of a data folder: its folder, and its date when the data folder holds dated sub-folders. */
export interface ExportFolder {
  dir: string;
  /** `AAAA-MM-JJ`, the sub-folder's name; null for a data folder that is itself one export. */
  date: string | null;
}

const DATED = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXPORT_FILE = /\.(csv|xlsx)$/i;

/**
 * The exports of a data folder, oldest first: its dated sub-folders (`2019-11-30/`…), or the folder itself when it
 * holds the export files. Fails naming the folder when it mixes both, or a sub-folder not named by a real date.
 * Hidden entries (`.…`) are ignored.
 */
export async function locateExportFolders(dataDir: string): Promise<ExportFolder[]> {
  let entries;
  try {
    entries = await readdir(dataDir, { withFileTypes: true });
  } catch (error) {
    throw new LoadError(dataDir, `dossier des exports illisible (${(error as NodeJS.ErrnoException).code ?? "erreur d'entrée-sortie"})`);
  }
  const visible = entries.filter((e) => !e.name.startsWith("."));
  const folders = visible.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  if (folders.length === 0) return [{ dir: dataDir, date: null }];
  const files = visible.filter((e) => e.isFile() && EXPORT_FILE.test(e.name)).map((e) => e.name).sort();
  if (files.length > 0) {
    throw new LoadError(dataDir, `mélange des fichiers d'export (${files.join(", ")}) et des sous-dossiers (${folders.join(", ")}) : soit un export, soit un sous-dossier daté par export`);
  }
  for (const name of folders) {
    if (!isCalendarDate(name)) throw new LoadError(join(dataDir, name), "sous-dossier dont le nom n'est pas une date d'export AAAA-MM-JJ");
  }
  return folders.map((name) => ({ dir: join(dataDir, name), date: name }));
}

function isCalendarDate(name: string): boolean {
  const m = DATED.exec(name);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
