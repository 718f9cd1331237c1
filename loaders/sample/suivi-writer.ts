import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { XlsxCell } from "./idea-row.js";
import { FIXED_ZIP_DATE, writeNormalizedZip } from "./zip-normalize.js";

/** The XLSX of the ideas, written row by row with ExcelJS's streaming writer. */
export interface XlsxWriter {
  row(cells: readonly XlsxCell[]): void;
  /** Finishes the workbook and writes it, byte-for-byte reproducible, to its path. */
  close(): Promise<void>;
  readonly rows: number;
}

/** Shared style objects: ExcelJS caches a style by object identity, and a fresh `{}` per cell makes it re-serialise every style (3× slower). */
const PLAIN_STYLE: Partial<ExcelJS.Style> = Object.freeze({});
const DATE_STYLE: Partial<ExcelJS.Style> = Object.freeze({ numFmt: "dd/mm/yyyy" });

/** Opens `path` for a one-sheet workbook with the given header row (first row of the first sheet, as the contract wants). */
export function openXlsx(path: string, sheetName: string, headers: readonly string[]): XlsxWriter {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  // Level 1: this intermediate archive is rewritten anyway; it only has to be small in memory and quick.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 1 } } });
  // Pinned document properties: ExcelJS would otherwise stamp the current time into docProps/core.xml.
  workbook.creator = "Plateforme d’aides – échantillon fictif";
  workbook.lastModifiedBy = "Mission transition numérique";
  workbook.created = FIXED_ZIP_DATE;
  workbook.modified = FIXED_ZIP_DATE;
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...headers]).commit();
  let rows = 0;
  return {
    row(cells) {
      const row = sheet.addRow(cells.map((c) => (c !== null && typeof c === "object" ? c.date : c)));
      cells.forEach((c, i) => {
        if (c !== null) row.getCell(i + 1).style = typeof c === "object" ? DATE_STYLE : PLAIN_STYLE;
      });
      row.commit();
      rows++;
    },
    async close() {
      sheet.commit();
      await workbook.commit();
      await finished;
      await writeNormalizedZip(Buffer.concat(chunks), path);
    },
    get rows() {
      return rows;
    }
  };
}
