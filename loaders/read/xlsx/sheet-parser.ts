import type { Cell } from "../../parse/cell.js";
import { ElementSplitter } from "./element-splitter.js";
import { stringItemText } from "./string-item.js";
import { decodeXmlText, isNameEnd } from "./xml-text.js";

/** One `<row>` of a worksheet, its cells already plain (blank text is null). */
export interface SheetRow {
  /** The row's number (`r`, or the one after the previous row when missing). */
  number: number;
  /**
   * Cells from column A up to the last cell holding a value, as exceljs's `row.values` (a cell with no value, such as
   * `<c r="F2" s="1"/>`, does not count, a blank string does); the columns in between are null.
   */
  cells: Cell[];
}

/** What cells refer to outside the worksheet. */
export interface SheetContext {
  sharedStrings: readonly (string | null)[];
  /** Per style index, whether numbers with that style are dates (see styles.ts). */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Thrown on a cell reference Excel cannot have (beyond column XFD), which would otherwise make a huge row. */
export class SheetFormatError extends Error {
  override readonly name = "SheetFormatError";
}

const MAX_EXCEL_COLUMN = 16384;
const SHEET_DATA_END = "</sheetData>";
const DAY_MS = 24 * 3600 * 1000;

/**
 * Parses a worksheet's XML as it is pushed in chunks of text; the rows parsed so far are taken with `takeRows`.
 * Scans with indexOf rather than a general XML parser: the worksheet is most of an export's bytes.
 */
export class SheetParser {
  private readonly splitter: ElementSplitter;
  private rows: SheetRow[] = [];
  private lastRow = 0;
  /** The end of the text pushed so far, to find `</sheetData>` cut between two pieces. */
  private tail = "";
  private ended = false;
  /** The shared strings as cell values (blank ones null), worked out once rather than per cell. */
  private readonly sharedValues: (string | null)[];

  constructor(private readonly context: SheetContext) {
    this.sharedValues = context.sharedStrings.map((text) => (text === null ? null : blankToNull(text)));
    this.splitter = new ElementSplitter("row", (xml, start, openEnd, closeStart) => this.parseRow(xml, start, openEnd, closeStart));
  }

  /** Parses the rows this text completes. */
  push(text: string): void {
    if (this.ended) return;
    // Rows count inside <sheetData> only (as in exceljs): the end tag, even cut between two pieces, ends the parse.
    let end = text.indexOf(SHEET_DATA_END);
    if (end < 0 && (this.tail + text.slice(0, SHEET_DATA_END.length - 1)).includes(SHEET_DATA_END)) end = 0;
    if (end >= 0) {
      this.ended = true;
      text = text.slice(0, end);
    } else {
      // (Sliced from the piece alone when long enough: appending to it first would copy the whole piece.)
      this.tail = text.length >= SHEET_DATA_END.length ? text.slice(1 - SHEET_DATA_END.length) : (this.tail + text).slice(1 - SHEET_DATA_END.length);
    }
    this.splitter.push(text);
  }

  /** The rows parsed since the last call. */
  takeRows(): SheetRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  private parseRow(xml: string, start: number, openEnd: number, closeStart: number): void {
    let rowNumber = NaN;
    let hasNumber = false;
    let rowDate = false;
    // Row attributes: r (number), s (row style, which cells without their own style take, as in exceljs).
    for (let i = start + 4; i < openEnd; ) {
      if (!nextAttribute(xml, i, openEnd)) break;
      const nameStart = ATTRIBUTE[0]!, nameEnd = ATTRIBUTE[1]!, valueStart = ATTRIBUTE[2]!, valueEnd = ATTRIBUTE[3]!;
      if (nameEnd - nameStart === 1) {
        const name = xml.charCodeAt(nameStart);
        if (name === 114 /* r */) {
          hasNumber = true;
          rowNumber = parseInt(xml.slice(valueStart, valueEnd), 10);
        } else if (name === 115 /* s */ && valueEnd > valueStart) {
          rowDate = this.context.dateStyles[parseInt(xml.slice(valueStart, valueEnd), 10)] ?? false;
        }
      }
      i = valueEnd + 1;
    }
    if (!hasNumber) rowNumber = this.lastRow + 1;
    this.lastRow = rowNumber;
    const cells: Cell[] = [];
    if (closeStart >= 0) this.parseCells(xml, openEnd + 1, closeStart, rowDate, cells);
    this.rows.push({ number: rowNumber, cells });
  }

  private parseCells(xml: string, from: number, to: number, rowDate: boolean, cells: Cell[]): void {
    const { dateStyles, date1904, sharedStrings } = this.context;
    const sharedValues = this.sharedValues;
    let column = 0;
    let p = from;
    for (;;) {
      // Usually the next cell starts right where the previous one ended.
      let lt = p;
      if (xml.charCodeAt(p) !== 60 || xml.charCodeAt(p + 1) !== 99) lt = xml.indexOf("<c", p);
      if (lt < 0 || lt >= to) return;
      if (!isNameEnd(xml.charCodeAt(lt + 2))) {
        p = lt + 2;
        continue;
      }
      // Cell attributes: r (reference, for the column), s (style index), t (type); read char by char, without strings.
      let reference = -1;
      let style = 0;
      let type = T_NUMBER;
      let selfClosing = false;
      let i = lt + 2;
      for (;;) {
        let c = xml.charCodeAt(i);
        while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++i);
        if (c === 62 /* > */) {
          i++;
          break;
        }
        if (c === 47 /* / */ || i >= to) {
          selfClosing = true;
          const gt = xml.indexOf(">", i);
          i = gt < 0 || gt >= to ? to : gt + 1;
          break;
        }
        const nameStart = i;
        while (c !== 61 /* = */ && c !== 32 && c !== 9 && c !== 10 && c !== 13 && i < to) c = xml.charCodeAt(++i);
        const nameLength = i - nameStart;
        while (c !== 34 && c !== 39 && i < to) c = xml.charCodeAt(++i);
        const valueStart = i + 1;
        let valueEnd = xml.indexOf(c === 39 ? "'" : '"', valueStart);
        if (valueEnd < 0 || valueEnd > to) valueEnd = to;
        if (nameLength === 1) {
          const name = xml.charCodeAt(nameStart);
          if (name === 114 /* r */) reference = columnOf(xml, valueStart, valueEnd);
          else if (name === 115 /* s */) style = leadingInteger(xml, valueStart, valueEnd);
          else if (name === 116 /* t */) type = cellType(xml, valueStart, valueEnd);
        }
        i = valueEnd + 1;
      }
      column = reference > 0 ? reference : column + 1;
      if (column > MAX_EXCEL_COLUMN) throw new SheetFormatError(`cellule au-delà de la colonne XFD à la ligne ${this.lastRow}`);
      if (selfClosing) {
        p = i;
        continue;
      }

      // Children: <f> (formula: the cell holds its cached result), <v> (value), <is> (inline string), a bare <t>.
      let hasFormula = false;
      let vStart = -1;
      let vEnd = -1;
      let itemStart = -1;
      let itemEnd = -1;
      // The common `<v>…</v></c>` first, checked in place.
      if (xml.startsWith("<v>", i) && (vEnd = xml.indexOf("<", i + 3)) >= 0 && xml.startsWith("</v></c>", vEnd)) {
        vStart = i + 3;
        p = vEnd + 8;
      } else {
        vEnd = -1;
        let cellEnd = xml.indexOf("</c>", i);
        if (cellEnd < 0 || cellEnd > to) cellEnd = to;
        p = cellEnd + 4;
        for (let q = i; q < cellEnd; ) {
          const open = xml.indexOf("<", q);
          if (open < 0 || open >= cellEnd) break;
          let gt = xml.indexOf(">", open + 1);
          if (gt < 0 || gt > cellEnd) gt = cellEnd;
          const empty = xml.charCodeAt(gt - 1) === 47;
          const c1 = xml.charCodeAt(open + 1);
          if (c1 === 118 /* v */ && isNameEnd(xml.charCodeAt(open + 2))) {
            vStart = gt + 1;
            vEnd = empty ? vStart : endOf(xml, "</v>", vStart, cellEnd);
            q = empty ? vStart : vEnd + 4;
          } else if (c1 === 102 /* f */ && isNameEnd(xml.charCodeAt(open + 2))) {
            hasFormula = true;
            q = empty ? gt + 1 : endOf(xml, "</f>", gt + 1, cellEnd) + 4;
          } else if (c1 === 105 /* i */ && xml.charCodeAt(open + 2) === 115 /* s */ && isNameEnd(xml.charCodeAt(open + 3))) {
            itemStart = gt + 1;
            itemEnd = empty ? itemStart : endOf(xml, "</is>", itemStart, cellEnd);
            q = empty ? itemStart : itemEnd + 5;
          } else if (c1 === 116 /* t */ && isNameEnd(xml.charCodeAt(open + 2))) {
            itemStart = open;
            itemEnd = empty ? gt + 1 : endOf(xml, "</t>", gt + 1, cellEnd) + 4;
            q = itemEnd;
          } else {
            q = gt + 1;
          }
        }
        if (vStart < 0 && itemStart < 0) {
          // A formula never calculated holds no value but still counts as a cell; any other empty <c> does not.
          if (hasFormula) setCell(cells, column, null);
          continue;
        }
      }

      let value: Cell;
      switch (type) {
        case T_SHARED: {
          const index = leadingInteger(xml, vStart, vEnd);
          // A missing or empty shared string is no value at all for exceljs (the cell does not count).
          if (sharedStrings[index] === null || sharedStrings[index] === undefined) {
            if (hasFormula) setCell(cells, column, null);
            continue;
          }
          value = sharedValues[index]!;
          break;
        }
        case T_STRING:
        case T_INLINE:
          value = blankToNull(itemStart >= 0 ? stringItemText(xml, itemStart, itemEnd) : decodeXmlText(xml.slice(vStart, vEnd)));
          break;
        case T_BOOLEAN:
          value = parseInt(valueText(xml, vStart, vEnd, itemStart, itemEnd), 10) !== 0;
          break;
        case T_ERROR:
          // exceljs gives an error's text as is (#N/A, #DIV/0!…), even blank.
          value = valueText(xml, vStart, vEnd, itemStart, itemEnd);
          break;
        case T_DATE:
          value = isoDate(valueText(xml, vStart, vEnd, itemStart, itemEnd));
          break;
        default: {
          const number = vStart >= 0 ? numberOf(xml, vStart, vEnd) : parseFloat(stringItemText(xml, itemStart, itemEnd));
          const isDate = (style !== 0 ? dateStyles[style] : undefined) ?? rowDate;
          value = isDate ? excelToDate(number, date1904) : number;
        }
      }
      setCell(cells, column, value);
    }
  }
}

// Cell types (the `t` attribute): absent, "n" or unknown read as a number, as exceljs does.
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STRING = 2;
const T_INLINE = 3;
const T_BOOLEAN = 4;
const T_ERROR = 5;
const T_DATE = 6;

/** The cell type code of a `t` attribute's value, compared in place. */
function cellType(xml: string, from: number, to: number): number {
  const length = to - from;
  if (length === 1) {
    switch (xml.charCodeAt(from)) {
      case 115:
        return T_SHARED;
      case 98:
        return T_BOOLEAN;
      case 101:
        return T_ERROR;
      case 100:
        return T_DATE;
      default:
        return T_NUMBER;
    }
  }
  if (length === 3 && xml.startsWith("str", from)) return T_STRING;
  if (length === 9 && xml.startsWith("inlineStr", from)) return T_INLINE;
  return T_NUMBER;
}

/** parseFloat of a `<v>`, with a quick path for the plain integers most numeric cells hold. */
function numberOf(xml: string, from: number, to: number): number {
  let i = from;
  const negative = xml.charCodeAt(i) === 45;
  if (negative) i++;
  // Up to 15 digits an integer is exact in a double: beyond, or with any other character, parseFloat decides.
  if (i === to || to - i > 15) return parseFloat(xml.slice(from, to));
  let value = 0;
  for (; i < to; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return parseFloat(xml.slice(from, to));
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

/** Stores a cell at its column (1-based), the columns skipped before it null. */
function setCell(cells: Cell[], column: number, value: Cell): void {
  while (cells.length < column - 1) cells.push(null);
  cells[column - 1] = value;
}

/** exceljs's cell rule: text that is empty or only spaces is no value. */
function blankToNull(text: string): string | null {
  const first = text.charCodeAt(0);
  // Most text starts with a visible ASCII character: no need to trim it to know it is not blank.
  if (first > 32 && first < 127) return text;
  return text.trim() === "" ? null : text;
}

function valueText(xml: string, vStart: number, vEnd: number, itemStart: number, itemEnd: number): string {
  return vStart >= 0 ? decodeXmlText(xml.slice(vStart, vEnd)) : stringItemText(xml, itemStart, itemEnd);
}

/** exceljs's `utils.excelToDate`: serial days (from 1899-12-30, or 1904-01-01) to a UTC instant, to the millisecond. */
function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

/** A `t="d"` cell's ISO 8601 text as a date; without a zone it is taken as UTC, like every date this reader gives. */
function isoDate(text: string): Date | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const date = new Date(/T.*(Z|[+-]\d\d:?\d\d)$/.test(trimmed) || !trimmed.includes("T") ? trimmed : `${trimmed}Z`);
  // Text that is no date is kept as text, for the caller to report, rather than an Invalid Date.
  return Number.isNaN(date.getTime()) ? trimmed : date;
}

function endOf(xml: string, closeTag: string, from: number, limit: number): number {
  const end = xml.indexOf(closeTag, from);
  return end < 0 || end > limit ? limit : end;
}

/** The column of a cell reference (`AB12` → 28), from its capital letters as exceljs reads them; -1 when none. */
function columnOf(xml: string, from: number, to: number): number {
  let column = 0;
  for (let i = from; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 48 && code <= 57) break;
  }
  return column > 0 ? column : -1;
}

/** parseInt of a run of text, without making a string; NaN when it does not start with a digit. */
function leadingInteger(xml: string, from: number, to: number): number {
  let i = from;
  while (i < to && xml.charCodeAt(i) === 32) i++;
  let value = NaN;
  for (; i < to; i++) {
    const code = xml.charCodeAt(i);
    if (code < 48 || code > 57) break;
    value = (Number.isNaN(value) ? 0 : value * 10) + code - 48;
  }
  return value;
}

/** Where nextAttribute found the attribute: name start, name end, value start, value end (value without quotes). */
// One shared array rather than a new one per attribute: millions of cells are parsed.
const ATTRIBUTE = new Int32Array(4);

/** Finds the next attribute of a start tag from `from` (see ATTRIBUTE); false when there is none before `to`. */
function nextAttribute(xml: string, from: number, to: number): boolean {
  const eq = xml.indexOf("=", from);
  if (eq < 0 || eq >= to) return false;
  let nameEnd = eq;
  while (nameEnd > from && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
  let nameStart = nameEnd;
  while (nameStart > from && !isSpace(xml.charCodeAt(nameStart - 1))) nameStart--;
  let quote = eq + 1;
  while (quote < to && isSpace(xml.charCodeAt(quote))) quote++;
  const quoteChar = xml[quote];
  if (quoteChar !== '"' && quoteChar !== "'") return false;
  let valueEnd = xml.indexOf(quoteChar, quote + 1);
  if (valueEnd < 0 || valueEnd > to) valueEnd = to;
  ATTRIBUTE[0] = nameStart;
  ATTRIBUTE[1] = nameEnd;
  ATTRIBUTE[2] = quote + 1;
  ATTRIBUTE[3] = valueEnd;
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
