// Quoting is needed only for the separator, the quote itself and line breaks (RFC 4180).
const NEEDS_QUOTES = /[;"\r\n]/;

/** One CSV line (no line break) with `;` separators and RFC 4180 quoting; null is an empty field. */
export function csvLine(fields: readonly (string | null)[]): string {
  return fields.map((f) => (f === null ? "" : NEEDS_QUOTES.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(";");
}
