import type { BenchResult } from "./bench-result.js";
import { bytes, ratio, seconds } from "./format.js";
import { spread } from "./stats.js";

/** One target of the performance issue, checked against a bench run. */
export interface TargetCheck {
  target: string;
  measured: string;
  /** null when the run did not measure what the target needs (a scale left out, `--no-build`). */
  pass: boolean | null;
}

/** How far a site data file may grow from 1× to 1000× and still count as "about the same size" (our reading of the issue). */
export const SITE_GROWTH_LIMIT = 1.5;

const median = (samples: readonly number[]) => spread(samples).median;

/** Checks the targets: indicators vs DuckDB at 1000×, 100×→1000× growth, peak RSS, site data size, build time. */
export function checkTargets(result: BenchResult): TargetCheck[] {
  const at = (scale: number) => result.scales.find((s) => s.scale === scale);
  const s100 = at(100);
  const s1000 = at(1000);
  const missing = (what: string): Pick<TargetCheck, "measured" | "pass"> => ({ measured: `not measured (${what})`, pass: null });
  const checks: TargetCheck[] = [];

  for (const [scale, limit] of [
    [1000, 1.25],
    [1, 1.5]
  ] as const) {
    const s = at(scale);
    checks.push({
      target: `\`indicators\` at ${scale}× ≤ ${limit}× the DuckDB floor (the same decoding and XLSX reading, then DuckDB counting rows; whole process)`,
      ...(s
        ? (() => {
            const r = median(s.indicatorsMs) / median(s.floorMs);
            return { measured: `${ratio(r)} (${ratio(median(s.indicatorsMs) / median(s.scanMs))} of the scan alone)`, pass: r <= limit };
          })()
        : missing(`needs scale ${scale}`))
    });
  }

  for (const [name, key] of [
    ["indicators", "indicatorsMs"],
    ["ingest", "ingestMs"]
  ] as const) {
    checks.push({
      target: `\`${name}\` time from 100× to 1000× grows ≤ 11×`,
      ...(s100 && s1000
        ? (() => {
            const r = median(s1000[key]) / median(s100[key]);
            return { measured: `${ratio(r)} (${seconds(median(s100[key]))} → ${seconds(median(s1000[key]))})`, pass: r <= 11 };
          })()
        : missing("needs scales 100 and 1000"))
    });
  }

  for (const [name, key] of [
    ["indicators", "indicatorsRss"],
    ["ingest", "ingestRss"]
  ] as const) {
    checks.push({
      target: `\`${name}\` peak RSS at 1000× ≤ 1.0 GB`,
      ...(s1000 ? { measured: bytes(median(s1000[key])), pass: median(s1000[key]) <= 1.0e9 } : missing("needs scale 1000"))
    });
  }

  const largest = result.site
    .flatMap(({ scale, sizes }) => Object.entries(sizes.files).map(([file, size]) => ({ scale, file, size })))
    .sort((a, b) => b.size - a.size)[0];
  const siteScales = result.site.map((s) => `${s.scale}×`).join(", ");
  checks.push({
    target: "Largest site data file ≤ 200 KB",
    ...(largest ? { measured: `${largest.file}, ${bytes(largest.size)} at ${largest.scale}× (measured at ${siteScales})`, pass: largest.size <= 200_000 } : missing("no site data measured"))
  });

  const site1 = result.site.find((s) => s.scale === 1);
  const site1000 = result.site.find((s) => s.scale === 1000);
  checks.push({
    target: `Site data files about the same size at 1× and 1000× (each within ${SITE_GROWTH_LIMIT}× of its 1× size)`,
    ...(site1 && site1000
      ? (() => {
          const growths = Object.entries(site1000.sizes.files).map(([file, size]) => ({ file, r: size / (site1.sizes.files[file] ?? Number.NaN) }));
          // A file missing at 1× gives NaN and fails, as it should.
          const worst = growths.sort((a, b) => (Number.isNaN(b.r) ? 1 : b.r - a.r))[0];
          // From 100× to 1000× shows whether the sizes still grow with the rows or have reached their bound.
          const site100 = result.site.find((s) => s.scale === 100);
          const late = site100 ? Math.max(...Object.entries(site1000.sizes.files).map(([file, size]) => size / (site100.sizes.files[file] ?? Number.NaN))) : undefined;
          const lateText = late === undefined ? "" : `; from 100× to 1000×, at most ${ratio(late)}`;
          return worst
            ? { measured: `largest growth ${worst.file}: ${Number.isNaN(worst.r) ? "absent at 1×" : ratio(worst.r)}${lateText}`, pass: growths.every((g) => g.r <= SITE_GROWTH_LIMIT) }
            : missing("no site data file");
        })()
      : missing("needs scales 1 and 1000"))
  });

  const build1 = result.builds.find((b) => b.scale === 1);
  checks.push({
    target: "`npm run build` on the sample (1×) ≤ 15 s",
    ...(build1 ? { measured: seconds(median(build1.ms)), pass: median(build1.ms) <= 15_000 } : missing(result.builds.length === 0 ? "--no-build" : "needs scale 1"))
  });
  return checks;
}
