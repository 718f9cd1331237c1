import type { Spread } from "./stats.js";

/** A duration given in milliseconds, as seconds: `0.84 s`, `12.3 s`, `154 s`. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  if (s < 10) return `${s.toFixed(2)} s`;
  if (s < 100) return `${s.toFixed(1)} s`;
  return `${Math.round(s)} s`;
}

/** A size given in bytes, in decimal units (1 KB = 1000 B): `812 B`, `45.1 KB`, `640 MB`, `1.23 GB`. */
export function bytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(n < 1e5 ? 1 : 0)} KB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(n < 1e8 ? 1 : 0)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}

/** A dimensionless ratio: `1.84×`. */
export function ratio(r: number): string {
  return `${r.toFixed(r < 10 ? 2 : 1)}×`;
}

/** A median with its range when runs differ: `12.3 s (12.1–12.9)`. */
export function withRange(s: Spread, unit: (n: number) => string, runs: number): string {
  if (runs === 1 || s.min === s.max) return unit(s.median);
  const [low, high] = [unit(s.min), unit(s.max)];
  // The unit is written once when both ends share it: `(12.1–12.9 s)`.
  const lowText = low.split(" ")[1] === high.split(" ")[1] ? low.split(" ")[0] : low;
  return `${unit(s.median)} (${lowText}–${high})`;
}
