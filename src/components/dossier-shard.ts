/** How many pieces the explorer's dossier rows (and their details) are shipped in: the loader writes them all, the page names them all. */
export const DOSSIER_SHARD_COUNT = 64;

/**
 * The piece (0 to `count` − 1) that holds a dossier, from its number: FNV-1a over its UTF-16 code units, so that the
 * loader (Node) and the page (the browser) place it alike without a lookup table.
 */
export function dossierShard(id: string, count = DOSSIER_SHARD_COUNT): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** The zero-padded name of a piece: 7 → `07` (`007` with three digits). */
export function shardName(shard: number, digits = 2): string {
  return String(shard).padStart(digits, "0");
}

/** How many pieces the detail panel's data is shipped in: ideas and payments make a dossier's detail larger than its row. */
export const DETAIL_SHARD_COUNT = 128;
