import type { DataQualityPage } from "../../loaders/site/data-quality-page.js";
import { formatCount, formatInteger } from "./format.js";

type Rejection = DataQualityPage["rejected"][number];
type ColumnCount = DataQualityPage["byColumn"][number];
type FileReport = DataQualityPage["files"][number];

/** The listed rejected rows of one file, or of every file when `file` is null, in the dataset's order (file, line). */
export function rejectedOfFile(rows: readonly Rejection[], file: string | null): Rejection[] {
  return file === null ? [...rows] : rows.filter((r) => r.file === file);
}

/** Rejections by column of one file, or of every file when `file` is null, most frequent first (as the dataset sorts them). */
export function columnCountsOfFile(byColumn: readonly ColumnCount[], file: string | null): ColumnCount[] {
  return file === null ? [...byColumn] : byColumn.filter((c) => c.file === file);
}

/** File choices for the select input: every file (null) with the rows rejected in all, then each file that had some, with its count. */
export function rejectedFileOptions(files: readonly FileReport[]): Map<string, string | null> {
  const rows = (n: number) => formatCount(n, "ligne", "lignes");
  const total = files.reduce((n, f) => n + f.rejected, 0);
  return new Map<string, string | null>([
    [`Tous les fichiers (${rows(total)})`, null],
    ...files.filter((f) => f.rejected > 0).map((f): [string, string] => [`${f.file} (${rows(f.rejected)})`, f.file]),
  ]);
}

/** A `?fichier=name` query string's file when it had rejected rows, else null (all files). */
export function fileFromSearch(search: string, files: readonly FileReport[]): string | null {
  const name = new URLSearchParams(search).get("fichier");
  return files.some((f) => f.file === name && f.rejected > 0) ? name : null;
}

/**
 * The note shown when the browser received only the first rejected rows: null when the list is complete.
 * `total` is the number of rejected rows in all (of the chosen file), `listed` the number received.
 */
export function rejectedCapNote(total: number, listed: number): string | null {
  if (total <= listed) return null;
  return `Seules les ${formatInteger(listed)} premières lignes rejetées (par fichier et numéro de ligne) sur ${formatInteger(total)} sont listées ici : la liste complète est dans la base DuckDB, table rejected.`;
}
