import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Limits } from "../config/limits.js";
import { LoadError } from "../load-error.js";
import { detectSeparator, parseCsv } from "./csv.js";
import { decodeText } from "./decode.js";
import type { RawTable } from "./raw-table.js";
import { readXlsx } from "./xlsx.js";

/** Reads one export file (CSV in any allowed dialect, or XLSX) into a raw table; refuses files beyond the limits. */
export async function readTable(path: string, limits: Limits): Promise<RawTable> {
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
    const { headers, records } = await readXlsx(bytes, file, limits);
    return { file, headers, records, format: "XLSX" };
  }
  const { text, encoding } = decodeText(bytes, file);
  const separator = detectSeparator(text);
  const { headers, records } = parseCsv(text, file, separator, limits);
  return { file, headers, records, format: `CSV ${encoding} « ${separator} »` };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
}
