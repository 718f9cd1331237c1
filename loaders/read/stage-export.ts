import { readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname } from "node:path";
import type { Limits } from "../config/limits.js";
import { LoadError } from "../load-error.js";
import type { Cell } from "../parse/cell.js";
import { type Separator, detectSeparator, stageCsv } from "./csv.js";
import { decodeText } from "./decode.js";
import { openXlsx } from "./xlsx.js";

/**
 * An export file read into a staging file for DuckDB, one line per data record: `line<sep>beyond<sep>c1…cN`, the
 * physical line (or worksheet row) of the record, `1` when the record has a non-blank cell beyond its header's N
 * (CSV only), then its N cells as UTF-8 text.
 */
export interface StagedExport {
  /** The file's name as found in the folder. */
  file: string;
  /** How it was read, for the load report. */
  format: string;
  headers: string[];
  /** The staging file's separator. */
  separator: Separator;
  /** CSV: records whose cells are all blank are left for SQL to skip; XLSX: the reader skipped its empty rows. */
  skipBlankRecords: boolean;
  /** The longest staged line, in UTF-16 units. */
  longestLine: number;
}

/** Reads one export (CSV in any allowed dialect, or XLSX) into `target`; refuses files beyond the limits. */
export async function stageExport(path: string, target: string, limits: Limits): Promise<StagedExport> {
  const file = basename(path);
  const bytes = await readBytes(path, file, limits);
  if (extname(path).toLowerCase() === ".xlsx") {
    const { headers, batches } = await openXlsx(bytes, file, limits);
    const width = headers.length;
    let longestLine = 0;
    async function* chunks(): AsyncGenerator<string> {
      for await (const batch of batches) {
        let out = "";
        for (const record of batch) {
          let line = `${record.line},`;
          for (let i = 0; i < width; i++) line += `,${cellCsv(record.cells[i] ?? null)}`;
          if (line.length > longestLine) longestLine = line.length;
          out += `${line}\n`;
        }
        yield out;
      }
    }
    await writeStaging(target, chunks(), file);
    return { file, format: "XLSX", headers, separator: ",", skipBlankRecords: false, longestLine };
  }
  const { text, encoding } = decodeText(bytes, file);
  const separator = detectSeparator(text);
  const staged = stageCsv(text, file, separator, limits);
  await writeStaging(target, staged.chunks, file);
  return { file, format: `CSV ${encoding} « ${separator} »`, headers: staged.headers, separator, skipBlankRecords: true, longestLine: staged.longestLine() };
}

/** Writes a staging file (readable by this user only); a full disk fails as the user's problem, naming the folder. */
async function writeStaging(target: string, chunks: Iterable<string> | AsyncIterable<string>, file: string): Promise<void> {
  try {
    await writeFile(target, chunks, { mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
    throw new LoadError(file, `espace disque insuffisant dans ${dirname(target)} pour le lire (TMPDIR désigne un autre dossier)`);
  }
}

async function readBytes(path: string, file: string, limits: Limits): Promise<Uint8Array> {
  try {
    const { size } = await stat(path);
    if (size > limits.maxFileBytes) {
      throw new LoadError(file, `refusé : ${megabytes(size)} Mo, au-delà de la limite de ${megabytes(limits.maxFileBytes)} Mo (INSPIR_MAX_FILE_MB)`);
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(file, `illisible (${(error as NodeJS.ErrnoException).code ?? "erreur d'entrée-sortie"})`);
  }
}

/**
 * A worksheet cell as staging text: typed cells as the text a reader would type (a date as `AAAA-MM-JJ`, a number
 * in full, without exponent for large integers), quoted when needed.
 */
export function cellCsv(cell: Cell): string {
  if (cell === null) return "";
  let text: string;
  if (typeof cell === "string") text = cell;
  else if (cell instanceof Date) text = Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString().slice(0, 10);
  else if (typeof cell === "number" && Number.isInteger(cell) && Math.abs(cell) >= 1e21) text = BigInt(cell).toString();
  else text = String(cell);
  return /[,"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
}
