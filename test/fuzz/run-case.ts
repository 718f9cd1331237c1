import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { LoadError } from "../../loaders/load-error.js";
import { loadExports } from "../../loaders/load/load-exports.js";
import { computeIndicators } from "../../loaders/pipeline.js";
import { LOAD_TABLE_NAMES, appendedTables, pipelineTables } from "../helpers/database-tables.js";
import { type FuzzCase, mutate } from "./mutations.js";

/** How a case ended: loaded (and whether every file's rows added up), refused with a clean message, or anything else. */
export type Outcome =
  | { outcome: "loaded"; mismatches: string[] }
  | { outcome: "refused"; message: string }
  | { outcome: "uncaught"; message: string };

const LIMITS = { maxFileBytes: 64 * 1024 * 1024, maxColumns: 500, maxLineChars: 1_000_000 };

/** Applies the case's mutations to the base exports, loads the folder, and classifies what happened. */
export async function runCase(base: Record<string, Uint8Array>, fuzz: FuzzCase, fullPipeline: boolean): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), "inspir-fuzz-"));
  try {
    let bytes: Uint8Array | null = base[fuzz.file] ?? null;
    for (const m of fuzz.mutations) bytes = await mutate(bytes, m);
    for (const [name, content] of Object.entries(base)) {
      const written = name === fuzz.file ? bytes : content;
      if (written !== null) await writeFile(join(dir, name), written);
    }
    try {
      const load = await loadExports(dir, { limits: LIMITS });
      const mismatches = load.files.filter((f) => f.read !== f.kept + f.rejected).map((f) => `${f.file}: ${f.read} ≠ ${f.kept} + ${f.rejected}`);
      const rejectedByFile = new Map<string, number>();
      for (const r of load.rejected) rejectedByFile.set(r.file, (rejectedByFile.get(r.file) ?? 0) + 1);
      for (const f of load.files) if ((rejectedByFile.get(f.file) ?? 0) !== f.rejected) mismatches.push(`${f.file}: ${f.rejected} rejected but ${rejectedByFile.get(f.file) ?? 0} reported`);
      // The whole pipeline (DuckDB, alerts, indicators) on a share of the cases: slower, and it must not throw either;
      // its tables (kept rows through CSV files) must equal those the appender writes from loadExports' rows.
      if (fullPipeline) {
        JSON.stringify(await computeIndicators({ dataDir: dir, limits: LIMITS }));
        const written = await pipelineTables(dir, { limits: LIMITS });
        const oracle = await appendedTables(dir, { limits: LIMITS });
        for (const name of LOAD_TABLE_NAMES) if (!isDeepStrictEqual(written[name], oracle[name])) mismatches.push(`table ${name}: the pipeline's rows differ from the appender's`);
      }
      return { outcome: "loaded", mismatches };
    } catch (error) {
      if (error instanceof LoadError && !error.message.includes("\n") && error.message.includes(error.file)) return { outcome: "refused", message: error.message };
      return { outcome: "uncaught", message: error instanceof Error ? `${error.name}: ${error.message}`.split("\n")[0]! : String(error) };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
