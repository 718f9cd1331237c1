import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Limits } from "../config/limits.js";
import { LoadError } from "../load-error.js";
import { detectSeparator, openCsv } from "./csv.js";
import { decodeText } from "./decode.js";
import type { RawRecord, RawTable, RecordStream } from "./raw-table.js";
import { openXlsx } from "./xlsx.js";

/** An export file opened for streaming, with its name and how it is read. */
export interface OpenTable extends RecordStream {
  file: string;
  format: string;
}

/** Opens one export file (CSV in any allowed dialect, or XLSX) for streaming; refuses files beyond the limits. */
export async function openTable(path: string, limits: Limits): Promise<OpenTable> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > limits.maxFileBytes) {
      throw new LoadError(file, `refusé : ${megabytes(size)} Mo, au-delà de la limite de ${megabytes(limits.maxFileBytes)} Mo (INSPIR_MAX_FILE_MB)`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(file, `illisible (${(error as NodeJS.ErrnoException).code ?? "erreur d'entrée-sortie"})`);
  }
  if (extname(path).toLowerCase() === ".xlsx") {
    return { file, ...(await openXlsx(bytes, file, limits)), format: "XLSX" };
  }
  const { text, encoding } = decodeText(bytes, file);
  const separator = detectSeparator(text);
  return { file, ...openCsv(text, file, separator, limits), format: `CSV ${encoding} « ${separator} »` };
}

/** Reads one export file whole into a raw table (small files and tests); see openTable. */
export async function readTable(path: string, limits: Limits): Promise<RawTable> {
  const { file, headers, batches, format } = await openTable(path, limits);
  const records: RawRecord[] = [];
  for await (const batch of batches) for (const r of batch) records.push(r);
  return { file, headers, records, format };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
}
