import type { Cell } from "./cell.js";

/** A calendar date as `YYYY-MM-DD` (no time zone: exports carry days, not instants). */
export type IsoDate = string;

const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Parses `23/09/2016`, `23/09/16` (2000–2099), `2016-09-23` or an XLSX date cell into `YYYY-MM-DD`; null when empty; undefined when not a real date. */
export function parseDate(cell: Cell): IsoDate | null | undefined {
  if (cell === null) return null;
  if (cell instanceof Date) return isoFromUtc(cell);
  if (typeof cell === "number") {
    // An untyped XLSX date cell holds Excel's serial day number.
    if (!Number.isInteger(cell) || cell < 1 || cell > 2958465) return undefined;
    return isoFromUtc(new Date(EXCEL_EPOCH_MS + cell * 86_400_000));
  }
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  if (text === "") return null;
  let m = FRENCH.exec(text);
  // A spreadsheet saved "as shown" writes two-digit years: the contract reads them as 2000–2099.
  if (m) return calendarDate(m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO.exec(text);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

function calendarDate(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isoFromUtc(date: Date): IsoDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
