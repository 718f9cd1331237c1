/** Median, minimum and maximum of repeated measurements (same unit as the samples). */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The median (mean of the two middle values for an even count), min and max of at least one sample. */
export function spread(samples: readonly number[]): Spread {
  if (samples.length === 0) throw new Error("spread: no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}
