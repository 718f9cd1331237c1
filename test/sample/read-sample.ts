import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

/** Header or enumerated value matched as exports.md says: lowercase, no diacritics, runs of other characters → one space. */
export function normalizeKey(text: string): string {
  return text
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Splits CSV text (`;`, `"` quoting, CRLF or LF) into records of fields. */
export function parseCsv(text: string, separator = ";"): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** A table read from the sample: rows as objects keyed by normalised header, with their line number (header = line 1). */
export interface Table {
  headers: string[];
  rows: { line: number; get(column: string): string }[];
}

function table(records: (string | null)[][]): Table {
  const [header, ...data] = records;
  const headers = (header ?? []).map((h) => normalizeKey(h ?? ""));
  return {
    headers,
    rows: data.map((cells, i) => ({
      line: i + 2,
      get(column: string) {
        const index = headers.indexOf(normalizeKey(column));
        if (index < 0) throw new Error(`no column ${column}`);
        return cells[index] ?? "";
      }
    }))
  };
}

/** Reads one CSV of the sample: Windows-1252 unless it starts with a UTF-8 BOM. */
export function readCsv(folder: string, file: string): Table {
  const bytes = readFileSync(join(folder, file));
  const text = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3).toString("utf8") : iconv.decode(bytes, "win1252");
  return table(parseCsv(text));
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Reads the first sheet of an XLSX; numbers become text, date cells `dd/mm/yyyy` (in UTC, as stored). */
export async function readXlsx(folder: string, file: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(folder, file));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const records: (string | null)[][] = [];
  const width = sheet.getRow(1).cellCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: (string | null)[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value;
      if (v instanceof Date) cells.push(`${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`);
      else cells.push(v === null || v === undefined ? "" : String(v));
    }
    records.push(cells);
  });
  return table(records);
}
