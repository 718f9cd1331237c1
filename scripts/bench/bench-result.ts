import type { ExplorerBench } from "./explorer-bench.js";
import type { Machine } from "./machine.js";
import type { ScaleSamples } from "./measure-scale.js";
import type { SiteSizes } from "./site-sizes.js";

/** Everything one bench run measured, in milliseconds and bytes. */
export interface BenchResult {
  machine: Machine;
  runs: number;
  /** Per scale, ascending, with the total size of its exports in bytes. */
  scales: (ScaleSamples & { inputBytes: number })[];
  /** Site data sizes, per scale measured (the smallest and the largest). */
  site: { scale: number; sizes: SiteSizes }[];
  /** `npm run build` wall times per scale measured; empty with `--no-build`. */
  builds: { scale: number; ms: number[] }[];
  /** The dossier explorer of each site built: its files' sizes and its answers' times in Chromium. */
  explorer: { scale: number; bench: ExplorerBench }[];
}
