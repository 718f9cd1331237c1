import type { ExportKind } from "../read/locate-exports.js";

/** A row left out of every indicator, with where it is and why. */
export interface Rejection {
  file: string;
  /** Line in the file, the header being line 1 (the worksheet row for XLSX). */
  line: number;
  column: string;
  value: string;
  reason: string;
}

/** What the load made of one export file. */
export interface FileReport {
  file: string;
  kind: ExportKind;
  format: string;
  /** Data rows read (header and all-empty rows excluded); read = kept + rejected. */
  read: number;
  kept: number;
  rejected: number;
  /** Columns the file has that the contract does not use. */
  extraColumns: string[];
}
