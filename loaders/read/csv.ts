import type { Limits } from "../config/limits.js";
import { LoadError } from "../load-error.js";
import type { RawRecord } from "./raw-table.js";

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

/**
 * Splits CSV text into the header and the data records (RFC 4180 quoting, CRLF or LF).
 * Each record carries the line it starts on; records whose cells are all empty are skipped.
 */
export function parseCsv(
  text: string,
  file: string,
  separator: Separator = detectSeparator(text),
  limits: Pick<Limits, "maxColumns" | "maxLineChars"> = { maxColumns: Infinity, maxLineChars: Infinity }
): { headers: string[]; records: RawRecord[] } {
  refuseLongLines(text, file, limits.maxLineChars);
  const rows: { line: number; cells: string[] }[] = [];
  const sep = separator.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
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
        for (let k = 0; k < parts.length; k++) if (parts.charCodeAt(k) === 10) line++;
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
      cells.push(value);
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
    rows.push({ line: startLine, cells });
  }
  const header = rows.shift();
  if (!header) throw new LoadError(file, "fichier vide : pas de ligne d'en-tête");
  const records: RawRecord[] = [];
  for (const r of rows) {
    if (r.cells.every((c) => c.trim() === "")) continue;
    records.push({ line: r.line, cells: r.cells.map((c) => (c.trim() === "" ? null : c)) });
  }
  return { headers: header.cells, records };
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
