import { z } from "zod";

/** What `duckdb-scan.ts` prints on stdout: the floor's in-process split, per export file. */
export const scanResultSchema = z.object({
  duckdbVersion: z.string(),
  files: z.array(
    z.object({
      file: z.string(),
      /** Data rows DuckDB counted (header excluded). */
      rows: z.number(),
      /** Size of the export, in bytes. */
      bytesIn: z.number(),
      /** Size of the UTF-8 CSV DuckDB scanned, in bytes. */
      bytesOut: z.number(),
      /** Reading, decoding and writing the UTF-8 copy, in milliseconds. */
      transcodeMs: z.number(),
      /** The `read_csv` count query, in milliseconds. */
      scanMs: z.number()
    })
  ),
  /** Opening the in-memory DuckDB database, in milliseconds (counted with the scan). */
  openMs: z.number()
});

/** The parsed output of one floor run. */
export type ScanResult = z.infer<typeof scanResultSchema>;

/** Total transcoding time of a floor run, in milliseconds. */
export function transcodeMs(result: ScanResult): number {
  return result.files.reduce((sum, f) => sum + f.transcodeMs, 0);
}

/** Total DuckDB time of a floor run (open + count queries), in milliseconds. */
export function scanMs(result: ScanResult): number {
  return result.openMs + result.files.reduce((sum, f) => sum + f.scanMs, 0);
}
