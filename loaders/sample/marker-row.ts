import { GODIN_MARKERS } from "../schemas/vocabulary.js";
import { randomDate } from "./french-format.js";
import type { Rng } from "./prng.js";
import type { MarkerRow } from "./records.js";

/** The header of `marqueurs.csv`: the contract's names, exactly. */
export const MARKER_HEADERS = ["N° dossier", "Date du comité", ...GODIN_MARKERS] as const;

/** A score in half points as a French decimal: 5 → `2,5`, 4 → `2`. */
export function renderScore(half: number): string {
  return half % 2 === 0 ? String(half / 2) : `${(half - 1) / 2},5`;
}

/** The text fields of one `marqueurs.csv` row. */
export function renderMarkers(rng: Rng, m: MarkerRow): string[] {
  return [m.dossier.id, randomDate(rng, m.committee), ...m.halfScores.map(renderScore)];
}
