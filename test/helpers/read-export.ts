import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Limits, limitsFromEnv } from "../../loaders/config/limits.js";
import { withConnection } from "../../loaders/db/with-connection.js";
import { stageExport } from "../../loaders/read/stage-export.js";

/** A data record as DuckDB reads it from the staging file: its line, whether a cell beyond the header is filled, its cells. */
export interface StagedRecord {
  line: number;
  beyond: boolean;
  cells: (string | null)[];
}

/** Stages one export file and reads its staging file back with DuckDB, as the raw stage does, every record kept. */
export async function readExport(path: string, limits: Limits = limitsFromEnv()): Promise<{ headers: string[]; format: string; records: StagedRecord[] }> {
  const dir = await mkdtemp(join(tmpdir(), "inspir-read-"));
  try {
    const target = join(dir, "staged.csv");
    const staged = await stageExport(path, target, limits);
    const cells = staged.headers.map((_, i) => `'c${i}': 'VARCHAR'`).join(", ");
    const rows = await withConnection(":memory:", async (connection) => {
      const reader = await connection.runAndReadAll(
        `SELECT * FROM read_csv($path, delim='${staged.separator}', quote='"', escape='"', header=false, auto_detect=false, new_line='\\n', columns={'line': 'INTEGER', 'beyond': 'VARCHAR', ${cells}})`,
        { path: target }
      );
      return reader.getRowsJS() as (string | number | null)[][];
    });
    const records = rows.map(([line, beyond, ...rest]) => ({ line: line as number, beyond: beyond === "1", cells: rest as (string | null)[] }));
    return { headers: staged.headers, format: staged.format, records };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
