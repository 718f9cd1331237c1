import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { LoadError } from "../load-error.js";
import { detectSeparator, parseCsv } from "./csv.js";
import { decodeText } from "./decode.js";
import type { RawTable } from "./raw-table.js";
import { readXlsx } from "./xlsx.js";

/** Reads one export file (CSV in any allowed dialect, or XLSX) into a raw table. */
export async function readTable(path: string): Promise<RawTable> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new LoadError(file, `illisible (${(error as NodeJS.ErrnoException).code ?? "erreur d'entrée-sortie"})`);
  }
  if (extname(path).toLowerCase() === ".xlsx") {
    const { headers, records } = await readXlsx(bytes, file);
    return { file, headers, records, format: "XLSX" };
  }
  const { text, encoding } = decodeText(bytes, file);
  const separator = detectSeparator(text);
  const { headers, records } = parseCsv(text, file, separator);
  return { file, headers, records, format: `CSV ${encoding} « ${separator} »` };
}
