import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

const SAMPLE = fileURLToPath(new URL("../../data/sample/2019-12-31/", import.meta.url));
/** The export names of a base folder, for drawing cases before the base is built. */
export const BASE_FILES = ["dossiers.csv", "paiements.csv", "marqueurs.csv", "enveloppes.csv", "suivi.xlsx"] as const;

/** Valid exports to start mutating from: the embedded sample cut to its first data rows, so that a case runs fast. */
export async function baseExports(rowsPerFile = 40): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const name of BASE_FILES) {
    const bytes = new Uint8Array(readFileSync(SAMPLE + name));
    files[name] = name.endsWith(".csv") ? firstLines(bytes, rowsPerFile + 1) : await firstRows(bytes, rowsPerFile + 1);
  }
  return files;
}

// Cutting at LF bytes keeps Windows-1252 and UTF-8 bytes intact (the sample has no quoted newline).
function firstLines(bytes: Uint8Array, lines: number): Uint8Array {
  let seen = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a && ++seen === lines) return bytes.slice(0, i + 1);
  }
  return bytes;
}

// Rewrites the workbook with its first rows only, typed cells kept.
async function firstRows(bytes: Uint8Array, rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  if (sheet.rowCount > rows) sheet.spliceRows(rows + 1, sheet.rowCount - rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
