import type { Limits } from "../config/limits.js";
import { LoadError } from "../load-error.js";
import type { Cell } from "../parse/cell.js";
import type { RawRecord, RecordStream } from "./raw-table.js";
import { readSharedStrings } from "./xlsx/shared-strings.js";
import { SheetParser, type SheetContext, type SheetRow } from "./xlsx/sheet-parser.js";
import { dateStyles } from "./xlsx/styles.js";
import { workbookInfo } from "./xlsx/workbook.js";
import { entryBytes, entryChunks, zipEntries, type ZipEntry } from "./xlsx/zip-entries.js";

type XlsxLimits = Pick<Limits, "maxColumns" | "maxLineChars">;

const NO_LIMITS: XlsxLimits = { maxColumns: Infinity, maxLineChars: Infinity };
// Records per batch: enough to amortize the awaits, few enough to keep a batch's memory modest.
const BATCH_SIZE = 2000;

/** Opens the first worksheet; fails fast (LoadError) on a non-workbook, a missing sheet, a bad header row; records come in batches (~2 000). */
export async function openXlsx(bytes: Uint8Array, file: string, limits: XlsxLimits = NO_LIMITS): Promise<RecordStream> {
  let rows: AsyncIterator<SheetRow[]>;
  let header: SheetRow | undefined;
  let rest: SheetRow[] = [];
  try {
    const { sheet, context } = await openWorkbook(bytes);
    rows = sheetRows(bytes, sheet, context);
    while (header === undefined) {
      const next = await rows.next();
      if (next.done) break;
      [header, ...rest] = next.value;
    }
  } catch (error) {
    throw unreadable(file, error);
  }
  if (header === undefined) throw new LoadError(file, "feuille vide : pas de ligne d'en-tête");
  let headers: string[];
  try {
    checkWidth(header, file, limits);
    // The header is the first row of the sheet, wherever it sits: row 1 as the contract says.
    if (header.number !== 1) throw new LoadError(file, "la ligne 1 de la première feuille, l'en-tête, est vide");
    headers = header.cells.map(headerText);
  } catch (error) {
    await rows.return?.();
    // An out-of-range date header (Invalid Date) has no text: unreadable, as with exceljs.
    throw unreadable(file, error);
  }
  return { headers, batches: recordBatches(rows, rest, headers.length, file, limits) };
}

/** Collects openXlsx into memory (tests, small files): headers on row 1, typed or text cells below, all-empty rows skipped. */
export async function readXlsx(bytes: Uint8Array, file: string, limits: XlsxLimits = NO_LIMITS): Promise<{ headers: string[]; records: RawRecord[] }> {
  const { headers, batches } = await openXlsx(bytes, file, limits);
  const records: RawRecord[] = [];
  for await (const batch of batches) for (const record of batch) records.push(record);
  return { headers, records };
}

/** Finds the parts of the workbook and reads the small ones; refuses an archive with no workbook or worksheet. */
async function openWorkbook(bytes: Uint8Array): Promise<{ sheet: ZipEntry; context: SheetContext }> {
  const entries = zipEntries(bytes);
  const workbook = entries.get("xl/workbook.xml");
  const worksheets = [...entries.keys()].filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  if (workbook === undefined || worksheets.length === 0) throw new Error("archive sans classeur ni feuille");
  const rels = entries.get("xl/_rels/workbook.xml.rels");
  const info = workbookInfo(text(bytes, workbook), rels && text(bytes, rels));
  // Without (usable) relationships, the first worksheet part of the archive stands for the first sheet.
  const sheet = (info.firstSheetPath !== undefined ? entries.get(info.firstSheetPath) : undefined) ?? entries.get(worksheets[0]!)!;
  const styles = entries.get(info.stylesPath ?? "xl/styles.xml") ?? entries.get("xl/styles.xml");
  const sharedStrings = entries.get(info.sharedStringsPath ?? "xl/sharedstrings.xml") ?? entries.get("xl/sharedstrings.xml");
  return {
    sheet,
    context: {
      dateStyles: styles ? dateStyles(text(bytes, styles)) : [],
      sharedStrings: sharedStrings ? await readSharedStrings(entryChunks(bytes, sharedStrings)) : [],
      date1904: info.date1904
    }
  };
}

/** The worksheet's rows, as many at a time as each inflated chunk completes. */
async function* sheetRows(bytes: Uint8Array, sheet: ZipEntry, context: SheetContext): AsyncGenerator<SheetRow[]> {
  const parser = new SheetParser(context);
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of entryChunks(bytes, sheet)) {
    parser.push(decoder.decode(chunk, { stream: true }));
    const rows = parser.takeRows();
    if (rows.length > 0) yield rows;
  }
  parser.push(decoder.decode());
  const rows = parser.takeRows();
  if (rows.length > 0) yield rows;
}

/** The data records, in batches of BATCH_SIZE; every error becomes a LoadError naming the file. */
async function* recordBatches(
  rows: AsyncIterator<SheetRow[]>,
  first: SheetRow[],
  width: number,
  file: string,
  limits: XlsxLimits
): AsyncGenerator<RawRecord[]> {
  try {
    let batch: RawRecord[] = [];
    for (let chunk = first; ; ) {
      for (const row of chunk) {
        const record = dataRecord(row, width, file, limits);
        if (record === undefined) continue;
        batch.push(record);
        if (batch.length === BATCH_SIZE) {
          yield batch;
          batch = [];
        }
      }
      const next = await rows.next();
      if (next.done) break;
      chunk = next.value;
    }
    if (batch.length > 0) yield batch;
  } catch (error) {
    throw unreadable(file, error);
  } finally {
    // Stops the inflation when the reader leaves early.
    await rows.return?.();
  }
}

/** A data row as a record padded to the header's width, or undefined when all its cells are empty. */
function dataRecord(row: SheetRow, width: number, file: string, limits: XlsxLimits): RawRecord | undefined {
  checkWidth(row, file, limits);
  const { cells } = row;
  let empty = true;
  for (const cell of cells) {
    if (cell === null) continue;
    empty = false;
    if (typeof cell === "string" && cell.length > limits.maxLineChars) {
      throw new LoadError(file, `refusé : une cellule de la ligne ${row.number} dépasse ${limits.maxLineChars.toLocaleString("fr-FR")} caractères (INSPIR_MAX_LINE_CHARS)`);
    }
  }
  if (empty) return undefined;
  // Typed rows may end before the last header: pad them so every record has a cell per column.
  while (cells.length < width) cells.push(null);
  return { line: row.number, cells };
}

function checkWidth(row: SheetRow, file: string, limits: XlsxLimits): void {
  if (row.cells.length > limits.maxColumns) {
    throw new LoadError(file, `refusé : la ligne ${row.number} a plus de ${limits.maxColumns} colonnes (INSPIR_MAX_COLUMNS)`);
  }
}

function text(bytes: Uint8Array, entry: ZipEntry): string {
  return new TextDecoder("utf-8").decode(entryBytes(bytes, entry));
}

function headerText(cell: Cell): string {
  if (cell === null) return "";
  return cell instanceof Date ? cell.toISOString() : String(cell);
}

/** Any failure while reading, as the one-line LoadError the user sees (LoadErrors about limits pass as they are). */
function unreadable(file: string, error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  return new LoadError(file, `illisible comme classeur XLSX (${firstLine(error)})`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "erreur inconnue";
}
