import { type Day, EXPORT_DAY, dayOf } from "./calendar.js";
import type { Rng } from "./prng.js";

/** A uniform day in [from, to]. */
export function dayBetween(rng: Rng, from: Day, to: Day): Day {
  return rng.int(from, Math.max(from, to));
}

/** A deposit day over the programme's life, denser in 2018–2019 as the calls became known; never after the export. */
export function depositDay(rng: Rng, first: Day, weights: Readonly<Record<number, number>>, last: Day = EXPORT_DAY - 5): Day {
  const year = rng.weighted(Object.entries(weights).map(([y, w]) => [Number(y), w] as const));
  const from = Math.max(first, dayOf(year, 1, 1));
  const to = Math.min(last, dayOf(year, 12, 31));
  return dayBetween(rng, from, to);
}

/** A status for a dossier whose decision has not happened by the export. */
export function pendingStatus(rng: Rng, deposit: Day): "Déposé" | "En instruction" {
  return EXPORT_DAY - deposit < 20 || rng.chance(0.25) ? "Déposé" : "En instruction";
}
