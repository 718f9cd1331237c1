/**
 * The DuckDB floor: `node --import tsx scripts/bench/duckdb-scan.ts <exports folder> [--tmp <folder>]`.
 * Transcodes each export exactly as the loaders do (CSV: decodeText; XLSX: the loaders' reader, cells written back
 * as `;` CSV text), then has DuckDB count its rows with `read_csv` and the contract's dialect. Prints a JSON
 * ScanResult on stdout; run as its own process so that node's startup is counted on both sides of the ratio.
 */
import { mkdtemp, open, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { queryRows, withConnection } from "../../loaders/db/with-connection.js";
import { type Cell, cellText } from "../../loaders/parse/cell.js";
import { decodeText } from "../../loaders/read/decode.js";
import { openXlsx } from "../../loaders/read/xlsx.js";
import { csvLine } from "./csv-line.js";
import type { ScanResult } from "./scan-result.js";

const USAGE = "usage: node --import tsx scripts/bench/duckdb-scan.ts <exports folder> [--tmp <folder>]";
const COUNT_SQL = `SELECT count(*) AS n FROM read_csv($path, delim=';', quote='"', escape='"', header=true, all_varchar=true)`;

const argsSchema = z.object({ folder: z.string().min(1), tmp: z.string().min(1) });

function parse(argv: string[]): z.infer<typeof argsSchema> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { tmp: { type: "string" } }, strict: true, allowPositionals: true });
    if (positionals.length !== 1) throw new Error("expected one exports folder");
    const parsed = argsSchema.safeParse({ folder: positionals[0], tmp: values.tmp ?? tmpdir() });
    if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "invalid arguments");
    return parsed.data;
  } catch (error) {
    process.stderr.write(`${(error as Error).message.split("\n")[0]} (${USAGE})\n`);
    process.exit(2);
  }
}

/** Writes the UTF-8 CSV copy of an XLSX export with the loaders' streaming reader. */
async function transcodeXlsx(bytes: Uint8Array, file: string, target: string): Promise<void> {
  const out = await open(target, "w");
  try {
    const row = (cells: readonly Cell[]) => csvLine(cells.map(cellText));
    const { headers, batches } = await openXlsx(bytes, file);
    await out.write(`${csvLine(headers)}\n`);
    for await (const batch of batches) await out.write(batch.map((r) => `${row(r.cells)}\n`).join(""));
  } finally {
    await out.close();
  }
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const names = (await readdir(args.folder)).filter((n) => /\.(csv|xlsx)$/i.test(n)).sort();
  if (names.length === 0) throw new Error(`no CSV or XLSX export in ${args.folder}`);
  const scratch = await mkdtemp(join(args.tmp, "bench-floor-"));
  try {
    const opening = performance.now();
    const result = await withConnection(":memory:", async (connection) => {
      const openMs = performance.now() - opening;
      const [version] = await queryRows<{ v: string }>(connection, "SELECT version() AS v");
      const files: ScanResult["files"] = [];
      for (const name of names) {
        const path = join(args.folder, name);
        const target = join(scratch, `${basename(name, extname(name))}.utf8.csv`);
        const t0 = performance.now();
        const bytes = await readFile(path);
        if (extname(name).toLowerCase() === ".xlsx") await transcodeXlsx(bytes, name, target);
        else await writeFile(target, decodeText(bytes, name).text);
        const t1 = performance.now();
        const [count] = await queryRows<{ n: bigint }>(connection, COUNT_SQL, { path: target });
        const t2 = performance.now();
        files.push({ file: name, rows: Number(count?.n ?? -1), bytesIn: bytes.length, bytesOut: (await stat(target)).size, transcodeMs: t1 - t0, scanMs: t2 - t1 });
        // Each copy goes once scanned, so the scratch folder never holds the whole folder twice.
        await rm(target, { force: true });
      }
      return { duckdbVersion: version?.v ?? "unknown", files, openMs } satisfies ScanResult;
    });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`duckdb-scan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
