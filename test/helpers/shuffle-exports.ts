import { copyFile, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { normalizeKey } from "../../loaders/parse/normalize-key.js";
import { createRng, type Rng } from "../../loaders/sample/prng.js";

/**
 * The column whose repeats the loader rejects (the first row carrying an identifier wins), per export kind: rows whose
 * identifier occurs more than once in their file keep their place, so that the same row still comes first. `marqueurs`
 * has no such rule, but its rows are pinned the same way by `N° dossier`. `enveloppes` lines add up: all of them move.
 */
const IDENTIFIERS: Record<string, string | undefined> = {
  dossiers: "N° dossier",
  paiements: "N° mandat",
  suivi: "N° idée",
  marqueurs: "N° dossier",
  enveloppes: undefined
};

/** Per file of the shuffled folder: line in the shuffled file → line of the same row in the original (header = 1). */
export type LineMaps = Record<string, Map<number, number>>;

/**
 * Copies a folder of exports with the data rows of each file in another order (seeded), the order the exports
 * contract says does not matter: the header stays first, rows whose identifier is repeated in their file and rows
 * whose cells are all empty stay where they are, every other row may move. Bytes of each row are kept as they were
 * (same encoding, separator, quoting, line ends; XLSX cells keep their type and number format).
 */
export async function shuffleExports(source: string, seed: string): Promise<{ dir: string; lines: LineMaps }> {
  const dir = await mkdtemp(join(tmpdir(), "inspir-shuffled-"));
  const lines: LineMaps = {};
  for (const name of (await readdir(source)).sort()) {
    const kind = Object.keys(IDENTIFIERS).find((k) => name.toLowerCase().startsWith(k));
    const ext = extname(name).toLowerCase();
    if (kind === undefined || (ext !== ".csv" && ext !== ".xlsx")) {
      await copyFile(join(source, name), join(dir, name));
      continue;
    }
    const rng = createRng(`${seed}:${name}`);
    const bytes = await readFile(join(source, name));
    const out = ext === ".csv" ? shuffleCsv(bytes, IDENTIFIERS[kind], rng) : await shuffleXlsx(bytes, IDENTIFIERS[kind], rng);
    await writeFile(join(dir, name), out.bytes);
    lines[name] = out.lines;
  }
  return { dir, lines };
}

/** The key rows are pinned by: coarser than the loader's own comparison, so that a repeat is never moved. */
const idKey = (text: string) => text.trim().replace(/\s+/g, " ").toUpperCase();

/**
 * New order of `count` rows: pinned rows (`movable[i]` false) stay, the others are permuted among their positions.
 * Returns, for each position, the index of the row now there.
 */
function permutation(movable: readonly boolean[], rng: Rng): number[] {
  const free = movable.flatMap((m, i) => (m ? [i] : []));
  const drawn = [...free];
  for (let i = drawn.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [drawn[i], drawn[j]] = [drawn[j]!, drawn[i]!];
  }
  const order = movable.map((_, i) => i);
  free.forEach((position, k) => (order[position] = drawn[k]!));
  return order;
}

/** Which rows may move: non-empty rows whose identifier is unique in the file (every non-empty row without identifier column). */
function movableRows(ids: readonly (string | null)[], empty: readonly boolean[]): boolean[] {
  const counts = new Map<string, number>();
  for (const id of ids) if (id !== null) counts.set(idKey(id), (counts.get(idKey(id)) ?? 0) + 1);
  return ids.map((id, i) => !empty[i] && (id === null ? true : counts.get(idKey(id)) === 1));
}

interface CsvRecord {
  /** The record's text, without its line end. */
  text: string;
  /** `\r\n`, `\n` or `` for a last record without line end. */
  end: string;
  /** Physical line it starts on (header = 1). */
  line: number;
}

/** Splits CSV text into records, a quoted field may hold line ends. */
function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\n") {
      if (!quoted) {
        const crlf = i > start && text[i - 1] === "\r";
        records.push({ text: text.slice(start, crlf ? i - 1 : i), end: crlf ? "\r\n" : "\n", line: startLine });
        start = i + 1;
        startLine = line + 1;
      }
      line++;
    }
  }
  if (start < text.length) records.push({ text: text.slice(start), end: "", line: startLine });
  return records;
}

/** The cells of one CSV record (quotes removed, `""` unescaped). */
function csvCells(record: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i]!;
    if (quoted) {
      if (c === '"' && record[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) cells.push(cell), (cell = "");
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

function shuffleCsv(bytes: Uint8Array, idHeader: string | undefined, rng: Rng): { bytes: Uint8Array; lines: Map<number, number> } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let encoding: "utf-8" | "windows-1252" = "utf-8";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    encoding = "windows-1252";
    text = iconv.decode(Buffer.from(bytes), "windows-1252");
  }
  const [header, ...rows] = csvRecords(text);
  if (header === undefined) return { bytes, lines: new Map() };
  const count = (s: string) => csvCells(header.text, s).length;
  const separator = count(";") >= count(",") ? ";" : ",";
  const headers = csvCells(header.text, separator).map(normalizeKey);
  const idColumn = idHeader === undefined ? -1 : headers.indexOf(normalizeKey(idHeader));
  if (idHeader !== undefined && idColumn < 0) throw new Error(`shuffleExports: no « ${idHeader} » column`);
  const cells = rows.map((r) => csvCells(r.text, separator));
  const order = permutation(
    movableRows(
      cells.map((c) => (idColumn < 0 ? null : (c[idColumn] ?? ""))),
      cells.map((c) => c.every((v) => v.trim() === ""))
    ),
    rng
  );
  // Line ends stay with positions, so the file ends as it did.
  let out = header.text + header.end;
  let line = 1 + (header.text.match(/\n/g)?.length ?? 0) + 1;
  const lines = new Map<number, number>();
  order.forEach((from, position) => {
    const row = rows[from]!;
    lines.set(line, row.line);
    const end = rows[position]!.end;
    out += row.text + end;
    line += (row.text.match(/\n/g)?.length ?? 0) + (end === "" ? 0 : 1);
  });
  const encoded = encoding === "utf-8" ? new TextEncoder().encode(out) : iconv.encode(out, "windows-1252");
  // TextDecoder dropped the BOM: put it back.
  return { bytes: bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encoded]) : encoded, lines };
}

async function shuffleXlsx(bytes: Uint8Array, idHeader: string | undefined, rng: Rng): Promise<{ bytes: Uint8Array; lines: Map<number, number> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error("shuffleExports: workbook without worksheet");
  const width = sheet.columnCount;
  const text = (v: ExcelJS.CellValue): string | null => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return v.toISOString();
    if (typeof v === "object") return "richText" in v ? v.richText.map((t) => t.text).join("") : "result" in v ? String(v.result ?? "") : "text" in v ? String(v.text) : JSON.stringify(v);
    return String(v);
  };
  const headers = Array.from({ length: width }, (_, c) => normalizeKey(text(sheet.getRow(1).getCell(c + 1).value) ?? ""));
  const idColumn = idHeader === undefined ? -1 : headers.indexOf(normalizeKey(idHeader));
  if (idHeader !== undefined && idColumn < 0) throw new Error(`shuffleExports: no « ${idHeader} » column`);
  // Rows 2…rowCount, each as its cells' values and styles (the number format tells a date cell from a number).
  const rows = Array.from({ length: Math.max(0, sheet.rowCount - 1) }, (_, r) => {
    const row = sheet.getRow(r + 2);
    return Array.from({ length: width }, (_, c) => {
      const cell = row.getCell(c + 1);
      return { value: cell.value, style: cell.style };
    });
  });
  const order = permutation(
    movableRows(
      rows.map((cells) => (idColumn < 0 ? null : (text(cells[idColumn]!.value) ?? ""))),
      rows.map((cells) => cells.every((c) => (text(c.value) ?? "").trim() === ""))
    ),
    rng
  );
  const lines = new Map<number, number>();
  order.forEach((from, position) => {
    const row = sheet.getRow(position + 2);
    rows[from]!.forEach((source, c) => {
      const cell = row.getCell(c + 1);
      cell.value = source.value;
      cell.style = source.style;
    });
    row.commit();
    lines.set(position + 2, from + 2);
  });
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), lines };
}
