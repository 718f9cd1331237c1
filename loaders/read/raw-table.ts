import type { Cell } from "../parse/cell.js";

/** One data record of an export, with the line a reader would find it at (the header is line 1). */
export interface RawRecord {
  line: number;
  cells: Cell[];
}

/** An export file as read, before any column is interpreted. */
export interface RawTable {
  /** The file's name as found in the folder. */
  file: string;
  headers: string[];
  records: RawRecord[];
  /** How the file was read, for the load report. */
  format: string;
}

/** An export file opened for streaming: the header first, then the data records in file order, in batches. */
export interface RecordStream {
  headers: string[];
  /** Batches of records (a few thousand each), so that no file is held whole as records. */
  batches: AsyncIterable<RawRecord[]>;
}
