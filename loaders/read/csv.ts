import type { Limits } from "../config/limits.js";
import { LoadError } from "../load-error.js";
import type { Cell } from "../parse/cell.js";
import type { RawRecord, RecordStream } from "./raw-table.js";

/** The separators the contract allows. */
export type Separator = ";" | ",";

/** Picks `;` or `,`, whichever occurs more often outside quotes in the header line. */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ";") semicolons++;
    else if (!quoted && c === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

type CsvLimits = Pick<Limits, "maxColumns" | "maxLineChars">;

const NO_LIMITS: CsvLimits = { maxColumns: Infinity, maxLineChars: Infinity };

/** Records per batch of a CSV stream: large enough to amortise the async hand-off, small enough to stay in cache. */
const BATCH = 4096;

/**
 * Opens CSV text for streaming (RFC 4180 quoting, CRLF or LF): the header at once, the data records in batches.
 * Each record carries the line it starts on; records whose cells are all empty are skipped; empty cells are null.
 */
export function openCsv(text: string, file: string, separator: Separator = detectSeparator(text), limits: CsvLimits = NO_LIMITS): RecordStream {
  refuseLongLines(text, file, limits.maxLineChars);
  const rows = csvRows(text, file, separator, limits);
  const header = rows.next();
  if (header.done) throw new LoadError(file, "fichier vide : pas de ligne d'en-tête");
  async function* batches(): AsyncGenerator<RawRecord[]> {
    let batch: RawRecord[] = [];
    for (const record of rows) {
      batch.push(record);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  return { headers: header.value.cells as string[], batches: batches() };
}

/** Splits CSV text into the header and all the data records at once (small files and tests); see openCsv. */
export function parseCsv(text: string, file: string, separator: Separator = detectSeparator(text), limits: CsvLimits = NO_LIMITS): { headers: string[]; records: RawRecord[] } {
  refuseLongLines(text, file, limits.maxLineChars);
  const rows = csvRows(text, file, separator, limits);
  const header = rows.next();
  if (header.done) throw new LoadError(file, "fichier vide : pas de ligne d'en-tête");
  return { headers: header.value.cells as string[], records: [...rows] };
}

/** The header record (cells as read), then every data record that is not all empty (empty cells as null). */
function* csvRows(text: string, file: string, separator: Separator, limits: CsvLimits): Generator<RawRecord> {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  let header = true;
  while (i < n) {
    const startLine = line;
    const cells: Cell[] = [];
    let empty = true;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34) {
        // Quoted field: "" is an escaped quote; newlines inside belong to the value.
        let j = i + 1;
        let parts = "";
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new LoadError(file, `illisible : le guillemet ouvert ligne ${startLine} n'est jamais fermé`);
          parts += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            parts += '"';
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        for (let k = parts.indexOf("\n"); k >= 0; k = parts.indexOf("\n", k + 1)) line++;
        // Tolerate stray characters between the closing quote and the separator, as spreadsheets do.
        let k = i;
        while (k < n && text.charCodeAt(k) !== sep && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
        value = parts + text.slice(i, k);
        i = k;
      } else {
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === 10 || c === 13) break;
          k++;
        }
        value = text.slice(i, k);
        i = k;
      }
      if (header) cells.push(value);
      else if (isBlank(value)) cells.push(null);
      else {
        cells.push(value);
        empty = false;
      }
      if (cells.length > limits.maxColumns) {
        throw new LoadError(file, `refusé : la ligne ${startLine} a plus de ${limits.maxColumns} colonnes (INSPIR_MAX_COLUMNS)`);
      }
      const c = text.charCodeAt(i);
      if (c === sep) {
        i++;
        continue;
      }
      if (c === 13) i++;
      if (text.charCodeAt(i) === 10) i++;
      line++;
      break;
    }
    if (header) {
      header = false;
      yield { line: startLine, cells };
    } else if (!empty) yield { line: startLine, cells };
  }
}

/** True for an empty or whitespace-only cell (what `String.prototype.trim` would empty). */
function isBlank(value: string): boolean {
  return value.length === 0 || value.trim().length === 0;
}

/** Fails on a physical line longer than the limit, before any parsing allocates for it. */
function refuseLongLines(text: string, file: string, maxLineChars: number): void {
  if (text.length <= maxLineChars) return;
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > maxLineChars) {
      throw new LoadError(file, `refusé : la ligne ${line} dépasse ${maxLineChars.toLocaleString("fr-FR")} caractères (INSPIR_MAX_LINE_CHARS)`);
    }
    if (end < 0) break;
    start = end + 1;
  }
}
