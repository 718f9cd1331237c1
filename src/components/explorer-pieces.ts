import type { ColumnTable } from "arquero";
import { DETAIL_FILES, ROW_FILES } from "./dossier-files.js";
import { DETAIL_SHARD_COUNT, dossierShard } from "./dossier-shard.js";
import type { ExplorerDetails, ExplorerIndex, ExplorerRows } from "./explorer-format.js";
import { explorerTable } from "./explorer-table.js";

// Each piece is fetched at most once per page view, when something first needs it.
let allRows: Promise<ColumnTable> | undefined;
const rowPieces = new Map<number, Promise<ExplorerRows>>();
const detailPieces = new Map<number, Promise<ExplorerDetails>>();

function rowPiece(shard: number): Promise<ExplorerRows> {
  let piece = rowPieces.get(shard);
  if (!piece) rowPieces.set(shard, (piece = ROW_FILES[shard]!.json() as Promise<ExplorerRows>));
  return piece;
}

/** Whether every piece of rows is already here (the list can then answer any filter at once). */
export function allRowsLoaded(): boolean {
  return rowPieces.size === ROW_FILES.length;
}

/** The table of every dossier, from all the pieces of rows (fetched in parallel the first time; `progress` counts them). */
export function everyDossier(index: ExplorerIndex, progress: (done: number, total: number) => void = () => {}): Promise<ColumnTable> {
  if (!allRows) {
    let done = 0;
    const pieces = ROW_FILES.map((_, shard) => rowPiece(shard).then((rows) => (progress(++done, ROW_FILES.length), rows)));
    allRows = Promise.all(pieces).then((rows) => explorerTable(index, rows));
  }
  return allRows;
}

/** The table of the dossiers of the piece that holds dossier `id`: enough to show a dossier opened from an address. */
export async function pieceOf(index: ExplorerIndex, id: string): Promise<ColumnTable> {
  return explorerTable(index, [await rowPiece(dossierShard(id))]);
}

/** The details of the piece that holds dossier `id`. */
export function detailsOf(id: string): Promise<ExplorerDetails> {
  const shard = dossierShard(id, DETAIL_SHARD_COUNT);
  let piece = detailPieces.get(shard);
  if (!piece) detailPieces.set(shard, (piece = DETAIL_FILES[shard]!.json() as Promise<ExplorerDetails>));
  return piece;
}
