import { readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { bytes, seconds } from "./format.js";
import { nodeScript, runChild } from "./run-child.js";
import { type ScanResult, scanMs, scanResultSchema, transcodeMs } from "./scan-result.js";

/** Every sample taken at one scale: times in milliseconds, memory and sizes in bytes, one entry per run. */
export interface ScaleSamples {
  scale: number;
  indicatorsMs: number[];
  indicatorsRss: number[];
  /** `indicators` with DuckDB limited to one thread (INSPIR_DUCKDB_THREADS=1): what more cores bring. */
  oneThreadMs: number[];
  ingestMs: number[];
  ingestRss: number[];
  /** The whole floor process (node startup, transcoding, DuckDB). */
  floorMs: number[];
  floorRss: number[];
  /** The floor's in-process split. */
  transcodeMs: number[];
  scanMs: number[];
  /** Size of the indicators JSON document. */
  indicatorsJsonBytes: number;
  /** Data rows the loader read, per export file. */
  rowsRead: Record<string, number>;
  duckdbVersion: string;
}

// Only what the bench checks of the indicators document; the rest is the loaders' business.
const indicatorsFilesSchema = z.object({ files: z.array(z.object({ file: z.string(), read: z.number() })) });

/** Runs indicators, ingest and the DuckDB floor `runs` times each, interleaved so that machine load hits all three alike. */
export async function measureScale(scale: number, folder: string, runs: number, tmp: string, log: (line: string) => void): Promise<ScaleSamples> {
  const samples: ScaleSamples = {
    scale,
    indicatorsMs: [],
    indicatorsRss: [],
    oneThreadMs: [],
    ingestMs: [],
    ingestRss: [],
    floorMs: [],
    floorRss: [],
    transcodeMs: [],
    scanMs: [],
    indicatorsJsonBytes: 0,
    rowsRead: {},
    duckdbVersion: ""
  };
  const rssFile = join(tmp, "max-rss.txt");
  const jsonFile = join(tmp, `indicators-${scale}.json`);
  const db = join(tmp, `ingest-${scale}.duckdb`);
  for (let run = 1; run <= runs; run++) {
    const at = `[scale ${scale}, run ${run}/${runs}]`;

    const indicators = await runChild(nodeScript(`indicators (scale ${scale})`, "loaders/cli/indicators.ts", ["--data", folder], rssFile, { stdoutFile: jsonFile }));
    samples.indicatorsMs.push(indicators.wallMs);
    samples.indicatorsRss.push(indicators.maxRssBytes!);
    samples.indicatorsJsonBytes = (await stat(jsonFile)).size;
    if (run === 1) samples.rowsRead = await rowsRead(jsonFile, scale);
    await rm(jsonFile, { force: true });
    log(`${at} indicators ${seconds(indicators.wallMs)}, ${bytes(indicators.maxRssBytes!)} peak RSS, JSON ${bytes(samples.indicatorsJsonBytes)}`);

    const oneThread = await runChild(nodeScript(`indicators, one DuckDB thread (scale ${scale})`, "loaders/cli/indicators.ts", ["--data", folder], rssFile, { stdoutFile: jsonFile, env: { INSPIR_DUCKDB_THREADS: "1" } }));
    await rm(jsonFile, { force: true });
    samples.oneThreadMs.push(oneThread.wallMs);
    log(`${at} indicators with one DuckDB thread ${seconds(oneThread.wallMs)}`);

    // A fresh file each run: every run measures the same work (create, not replace).
    await removeDatabase(db);
    const ingest = await runChild(nodeScript(`ingest (scale ${scale})`, "loaders/cli/ingest.ts", ["--data", folder, "--db", db], rssFile));
    await removeDatabase(db);
    samples.ingestMs.push(ingest.wallMs);
    samples.ingestRss.push(ingest.maxRssBytes!);
    log(`${at} ingest ${seconds(ingest.wallMs)}, ${bytes(ingest.maxRssBytes!)} peak RSS`);

    const floor = await runChild(nodeScript(`DuckDB floor (scale ${scale})`, "scripts/bench/duckdb-scan.ts", [folder, "--tmp", tmp], rssFile));
    const result = parseScan(floor.stdout, scale);
    checkRowCounts(result, samples.rowsRead, scale);
    samples.floorMs.push(floor.wallMs);
    samples.floorRss.push(floor.maxRssBytes!);
    samples.transcodeMs.push(transcodeMs(result));
    samples.scanMs.push(scanMs(result));
    samples.duckdbVersion = result.duckdbVersion;
    log(`${at} DuckDB floor ${seconds(floor.wallMs)} (transcode ${seconds(transcodeMs(result))}, scan ${seconds(scanMs(result))} in-process)`);
  }
  return samples;
}

async function rowsRead(jsonFile: string, scale: number): Promise<Record<string, number>> {
  const parsed = indicatorsFilesSchema.safeParse(JSON.parse(await readFile(jsonFile, "utf8")));
  if (!parsed.success) throw new Error(`indicators (scale ${scale}) printed a document without its "files" report: ${parsed.error.issues[0]?.message}`);
  return Object.fromEntries(parsed.data.files.map((f) => [f.file, f.read]));
}

function parseScan(stdout: Buffer, scale: number): ScanResult {
  const parsed = scanResultSchema.safeParse(JSON.parse(stdout.toString("utf8")));
  if (!parsed.success) throw new Error(`DuckDB floor (scale ${scale}) printed an unexpected result: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The floor must scan the rows the loader read, or it is not the same work. */
function checkRowCounts(result: ScanResult, read: Record<string, number>, scale: number): void {
  for (const f of result.files) {
    const loader = read[f.file];
    if (loader === undefined) throw new Error(`DuckDB floor (scale ${scale}) scanned ${f.file}, which the loader did not read`);
    if (loader !== f.rows) throw new Error(`DuckDB floor (scale ${scale}): DuckDB counted ${f.rows} rows in ${f.file}, the loader read ${loader}`);
  }
}

async function removeDatabase(db: string): Promise<void> {
  for (const path of [db, `${db}.wal`]) await rm(path, { force: true });
}
