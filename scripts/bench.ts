/**
 * Performance bench: `npm run bench [-- --scales 1,10,100,1000 --runs 3 --no-build --out docs/performance.md --work .bench]`.
 *
 * For each scale, generates (or reuses) a sample exports folder, then times `indicators`, `ingest` and the DuckDB
 * floor (the same files transcoded as the loaders do and counted by `read_csv`) as child processes, `--runs` times
 * each, with their peak RSS; measures the site data files and times `npm run build` at the smallest and largest
 * scales. Prints the results table and the targets on stdout, progress on stderr, and writes the whole report
 * (method, machine, results, targets) to `--out`. Any failing command stops the bench with exit status 1.
 * Not part of the test suite: at 1000× it runs for tens of minutes and writes about 100 MB per scale folder.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import type { BenchResult } from "./bench/bench-result.js";
import { timeBuild } from "./bench/build-time.js";
import { measureExplorer } from "./bench/explorer-bench.js";
import { bytes, seconds } from "./bench/format.js";
import { describeMachine } from "./bench/machine.js";
import { measureScale } from "./bench/measure-scale.js";
import { BenchUsageError, USAGE, parseBenchOptions } from "./bench/options.js";
import { performanceDoc, resultsTable, targetsTable } from "./bench/report.js";
import { ROOT } from "./bench/run-child.js";
import { ensureSampleFolder, sampleBytes } from "./bench/sample-folder.js";
import { measureSiteData } from "./bench/site-sizes.js";
import { checkTargets } from "./bench/targets.js";

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options === "help") {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const machine = describeMachine();
  const work = resolve(ROOT, options.work);
  const out = resolve(ROOT, options.out);
  const tmp = resolve(work, `tmp-${process.pid}`);
  log(`${machine.cores} cores, ${bytes(machine.memoryBytes)}, load ${machine.loadAverage.toFixed(2)}; scales ${options.scales.join(", ")}, ${options.runs} run(s) each`);

  const folders = new Map<number, string>();
  for (const scale of options.scales) folders.set(scale, await ensureSampleFolder(work, scale, log));

  await mkdir(tmp, { recursive: true });
  const result: BenchResult = { machine, runs: options.runs, scales: [], site: [], builds: [], explorer: [] };
  try {
    for (const scale of options.scales) {
      const folder = folders.get(scale)!;
      const samples = await measureScale(scale, folder, options.runs, tmp, log);
      result.scales.push({ ...samples, inputBytes: await sampleBytes(folder) });
    }
    // The issue asks for 1× and 1000×; every scale is measured, so that a reader sees where the sizes stop growing.
    const ends = [...new Set([options.scales[0]!, options.scales[options.scales.length - 1]!])];
    for (const scale of options.scales) {
      const sizes = await measureSiteData(folders.get(scale)!, `scale ${scale}`);
      result.site.push({ scale, sizes });
      log(`[scale ${scale}] site data: site.zip ${bytes(sizes.zipBytes)}, largest file ${bytes(Math.max(...Object.values(sizes.files)))}`);
    }
    if (options.build) {
      // Largest first, so that dist/ is left built from the smallest folder, the sample.
      for (const scale of [...ends].reverse()) {
        const ms: number[] = [];
        for (let run = 1; run <= options.runs; run++) {
          ms.push(await timeBuild(folders.get(scale)!, `scale ${scale}`));
          log(`[scale ${scale}, run ${run}/${options.runs}] npm run build ${seconds(ms[ms.length - 1]!)}`);
        }
        // dist/ now holds this scale's site: its explorer is timed in Chromium.
        const bench = await measureExplorer(resolve(ROOT, "dist"));
        result.explorer.push({ scale, bench });
        log(`[scale ${scale}] explorer: index ${bytes(bench.indexBytes)}, largest piece ${bytes(bench.largestRowPiece)}, first search ${seconds(bench.firstSearchMs)}`);
        result.builds.push({ scale, ms });
      }
      result.builds.sort((a, b) => a.scale - b.scale);
      result.explorer.sort((a, b) => a.scale - b.scale);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  const checks = checkTargets(result);
  process.stdout.write(`${resultsTable(result)}\n\n${targetsTable(checks)}\n`);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, performanceDoc(result, checks));
  log(`report written to ${out.startsWith(ROOT) ? relative(ROOT, out) : out}`);
}

main().catch((error: unknown) => {
  if (error instanceof BenchUsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
