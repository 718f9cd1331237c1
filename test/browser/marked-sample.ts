// A copy of an exports folder whose personal columns (dossiers' Contact, suivi's Porteur and Email) hold unique
// markers instead of people's details, so that a site built from it can be searched for any leak of them.
import { cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

/** Every marker starts with this token, so that a truncated or re-cased leak is found too. */
export const MARKER_PREFIX = "persozqx";

/** The personal columns, by their header as the loaders match it (lowercase, no diacritics, no punctuation). */
const PERSONAL_COLUMNS: Readonly<Record<string, string>> = { contact: "contact", porteur: "porteur", email: "email", "e mail": "email", courriel: "email" };

/** The header key the loaders match columns by: `E-mail` → `e mail`, `Porteur ` → `porteur`. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The marker of one cell: `persozqx-contact-0001`, or an e-mail address for the e-mail column. */
export function marker(column: string, n: number): string {
  const token = `${MARKER_PREFIX}-${column}-${String(n).padStart(4, "0")}`;
  return column === "email" ? `${token}@example.org` : token;
}

/** Where one cell of a CSV text is: its row (0 = header), column, and character span (quotes included). */
interface CellSpan {
  row: number;
  column: number;
  start: number;
  end: number;
}

/** The cells of a CSV text (RFC 4180 quotes, CRLF or LF), as spans of the original text. */
export function csvCells(text: string, separator: string): CellSpan[] {
  const cells: CellSpan[] = [];
  let row = 0;
  let column = 0;
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      i++;
    }
    while (i < text.length && text[i] !== separator && text[i] !== "\n" && text[i] !== "\r") i++;
    cells.push({ row, column, start, end: i });
    if (text[i] === separator) {
      i++;
      column++;
      continue;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    row++;
    column = 0;
  }
  return cells;
}

/** A cell's value: unquoted, `""` read as `"`. */
function cellText(text: string, { start, end }: CellSpan): string {
  const raw = text.slice(start, end);
  return raw.startsWith('"') ? raw.slice(1, raw.lastIndexOf('"')).replaceAll('""', '"') : raw;
}

/**
 * Rewrites the personal columns of a CSV text, every data row of them, with markers (counted in `markers`);
 * everything else is left byte for byte.
 */
export function markCsv(text: string, markers: string[]): string {
  const separator = (text.split(/\r?\n/, 1)[0] ?? "").split(";").length > (text.split(/\r?\n/, 1)[0] ?? "").split(",").length ? ";" : ",";
  const cells = csvCells(text, separator);
  const personal = new Map<number, string>();
  for (const cell of cells.filter((c) => c.row === 0)) {
    const column = PERSONAL_COLUMNS[headerKey(cellText(text, cell))];
    if (column) personal.set(cell.column, column);
  }
  let out = "";
  let at = 0;
  for (const cell of cells) {
    const column = personal.get(cell.column);
    if (cell.row === 0 || !column) continue;
    const value = marker(column, markers.length + 1);
    markers.push(value);
    out += text.slice(at, cell.start) + value;
    at = cell.end;
  }
  return out + text.slice(at);
}

/** Rewrites the personal columns of the first worksheet of an XLSX file (headers on row 1) with markers. */
export async function markXlsx(bytes: Buffer, markers: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return bytes;
  const personal = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, col) => {
    const column = PERSONAL_COLUMNS[headerKey(String(cell.value ?? ""))];
    if (column) personal.set(col, column);
  });
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    for (const [col, column] of personal) {
      const value = marker(column, markers.length + 1);
      markers.push(value);
      row.getCell(col).value = value;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Copies the exports folder `source` (one export or dated sub-folders) to a new temp folder and replaces every personal cell by a unique marker,
 * keeping each CSV's encoding (UTF-8 with or without BOM, else Windows-1252). Resolves with the folder and markers.
 */
export async function markedSample(source: string): Promise<{ dir: string; markers: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "inspir-marked-sample-"));
  await cp(source, dir, { recursive: true });
  const markers: string[] = [];
  // Every export of the folder: its files, or those of its dated sub-folders.
  for (const file of (await readdir(dir, { recursive: true })).sort()) {
    const path = join(dir, file);
    const extension = extname(file).toLowerCase();
    if (extension === ".xlsx") await writeFile(path, await markXlsx(await readFile(path), markers));
    if (extension !== ".csv") continue;
    const bytes = await readFile(path);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const utf8 = bom || isUtf8(bytes);
    const text = iconv.decode(bytes, utf8 ? "utf-8" : "windows-1252");
    await writeFile(path, iconv.encode(markCsv(text, markers), utf8 ? "utf-8" : "windows-1252", { addBOM: bom }));
  }
  return { dir, markers };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
