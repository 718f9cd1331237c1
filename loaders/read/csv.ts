import type { Limits } from "../config/limits.js";
import { LoadError } from "../load-error.js";

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
const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Records per chunk of staging text. */
const CHUNK_RECORDS = 8192;

/**
 * A CSV export read for DuckDB: its header's cells, and its data records as staging text, one line each,
 * `line;beyond;c1;…;cN` with the file's separator: the physical line the record starts on (the header is line 1),
 * `1` when a cell beyond the header's N is not blank (else empty), then exactly N cells.
 */
export interface StagedCsv {
  headers: string[];
  chunks: Iterable<string>;
  /** The longest staged line so far, in UTF-16 units (final once `chunks` is consumed). */
  longestLine: () => number;
}

/**
 * Stages CSV text (RFC 4180 quoting, CRLF, LF or CR line ends; stray characters after a closing quote are kept, as
 * spreadsheets write them). A record DuckDB reads as this parser does is copied as it is, prefixed; any other
 * (stray characters, a quote inside an unquoted cell, more cells than the header) is written again, quoted.
 */
export function stageCsv(text: string, file: string, separator: Separator = detectSeparator(text), limits: CsvLimits = NO_LIMITS): StagedCsv {
  refuseLongLines(text, file, limits.maxLineChars);
  const scanner = new RecordScanner(text, file, separator, limits);
  const header = scanner.next();
  if (header === undefined) throw new LoadError(file, "fichier vide : pas de ligne d'en-tête");
  const headers = recordCells(text, header.start, header.end, separator);
  const width = headers.length;
  const sep = separator;
  let longest = 0;
  function* chunks(): Generator<string> {
    let out = "";
    let n = 0;
    for (let r = scanner.next(); r !== undefined; r = scanner.next()) {
      let line: string;
      if (r.regular && r.fields <= width) {
        line = `${r.line}${sep}${sep}${text.slice(r.start, r.end)}${sep.repeat(width - r.fields)}\n`;
      } else {
        const cells = recordCells(text, r.start, r.end, separator);
        const beyond = cells.slice(width).some((c) => c.trim() !== "") ? "1" : "";
        const row = Array.from({ length: width }, (_, i) => quoted(cells[i] ?? "", sep));
        line = `${r.line}${sep}${beyond}${sep}${row.join(sep)}\n`;
      }
      if (line.length > longest) longest = line.length;
      out += line;
      if (++n === CHUNK_RECORDS) {
        yield out;
        out = "";
        n = 0;
      }
    }
    if (out !== "") yield out;
  }
  return { headers, chunks: chunks(), longestLine: () => longest };
}

/** One record's span in the text: [start, end) without its line end, the line it starts on, its cell count. */
interface RecordSpan {
  start: number;
  end: number;
  line: number;
  fields: number;
  /** Every quote opens a cell and closes it right before a separator or the record's end. */
  regular: boolean;
}

/** Walks the text record by record, counting physical lines (a quoted cell may hold line breaks). */
class RecordScanner {
  private i = 0;
  private line = 1;
  private readonly sep: number;
  constructor(
    private readonly text: string,
    private readonly file: string,
    separator: Separator,
    private readonly limits: CsvLimits
  ) {
    this.sep = separator.charCodeAt(0);
  }

  next(): RecordSpan | undefined {
    const { text, sep } = this;
    const n = text.length;
    let i = this.i;
    if (i >= n) return undefined;
    const start = i;
    const startLine = this.line;
    let fields = 1;
    let regular = true;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new LoadError(this.file, `illisible : le guillemet ouvert ligne ${startLine} n'est jamais fermé`);
          for (let k = j; k < q; k++) if (text.charCodeAt(k) === LF) this.line++;
          if (text.charCodeAt(q + 1) === QUOTE) j = q + 2;
          else {
            i = q + 1;
            break;
          }
        }
        let c = text.charCodeAt(i);
        if (i < n && c !== sep && c !== LF && c !== CR) {
          regular = false;
          while (i < n && (c = text.charCodeAt(i)) !== sep && c !== LF && c !== CR) i++;
        }
      } else {
        for (; i < n; i++) {
          const c = text.charCodeAt(i);
          if (c === sep || c === LF || c === CR) break;
          if (c === QUOTE) regular = false;
        }
      }
      if (i < n && text.charCodeAt(i) === sep) {
        if (++fields > this.limits.maxColumns) {
          throw new LoadError(this.file, `refusé : la ligne ${startLine} a plus de ${this.limits.maxColumns} colonnes (INSPIR_MAX_COLUMNS)`);
        }
        i++;
        continue;
      }
      break;
    }
    const end = i;
    if (text.charCodeAt(i) === CR) i++;
    if (text.charCodeAt(i) === LF) i++;
    this.i = i;
    this.line++;
    return { start, end, line: startLine, fields, regular };
  }
}

/** The cells of one record's span, as the contract reads them: quotes removed, `""` unescaped, stray characters kept. */
function recordCells(text: string, start: number, end: number, separator: Separator): string[] {
  const sep = separator.charCodeAt(0);
  const cells: string[] = [];
  let i = start;
  for (;;) {
    let value: string;
    if (i < end && text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let parts = "";
      for (;;) {
        const q = text.indexOf('"', j);
        parts += text.slice(j, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          parts += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      let k = i;
      while (k < end && text.charCodeAt(k) !== sep) k++;
      value = parts + text.slice(i, k);
      i = k;
    } else {
      let k = i;
      while (k < end && text.charCodeAt(k) !== sep) k++;
      value = text.slice(i, k);
      i = k;
    }
    cells.push(value);
    if (i >= end) return cells;
    i++;
  }
}

/** A cell written for DuckDB: quoted when it holds the separator, a quote or a line break. */
function quoted(cell: string, sep: string): string {
  return cell.includes(sep) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
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
