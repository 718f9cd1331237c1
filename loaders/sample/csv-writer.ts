import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import iconv from "iconv-lite";

/** How a CSV file is encoded: Excel's "CSV" on a French Windows, or UTF-8 with a BOM. */
export type CsvEncoding = "windows-1252" | "utf-8-bom";

/** A CSV file written through a buffer: lines accumulate as text and are encoded and written in large chunks. */
export interface CsvWriter {
  /** Appends one line (its fields already joined). */
  line(text: string): void;
  /** Writes the buffer out if it is large, waiting for the disk when the stream is full. */
  flush(force?: boolean): Promise<void>;
  /** Flushes and closes the file. */
  close(): Promise<void>;
  /** Data lines written so far (header excluded). */
  readonly rows: number;
}

const CHUNK_CHARS = 1 << 18;

/** Opens `path` for a CSV with the given encoding and line ending; the header is written first. */
export function openCsv(path: string, header: string, encoding: CsvEncoding, eol: "\r\n" | "\n"): CsvWriter {
  const stream: WriteStream = createWriteStream(path, { highWaterMark: 1 << 20 });
  let buffer: string[] = [];
  let size = 0;
  let rows = -1;
  let failure: Error | null = null;
  // Remember a write error (disk full, bad path) and report it at the next flush instead of crashing the process.
  stream.on("error", (error) => {
    failure = error;
  });
  const check = (): void => {
    if (failure) throw failure;
  };
  const encode = (text: string): Buffer => (encoding === "windows-1252" ? iconv.encode(text, "win1252") : Buffer.from(text, "utf8"));
  if (encoding === "utf-8-bom") stream.write(Buffer.from([0xef, 0xbb, 0xbf]));

  const writer: CsvWriter = {
    line(text) {
      buffer.push(text, eol);
      size += text.length + eol.length;
      rows++;
    },
    async flush(force = false) {
      check();
      if (size === 0 || (!force && size < CHUNK_CHARS)) return;
      const chunk = encode(buffer.join(""));
      buffer = [];
      size = 0;
      if (!stream.write(chunk)) await once(stream, "drain");
    },
    async close() {
      await writer.flush(true);
      check();
      stream.end();
      if (!stream.writableFinished) await once(stream, "finish");
      check();
    },
    get rows() {
      return rows;
    }
  };
  writer.line(header);
  return writer;
}
