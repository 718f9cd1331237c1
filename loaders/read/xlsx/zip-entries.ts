import { crc32, createInflateRaw, inflateRawSync } from "node:zlib";

/** One file of a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's (possibly compressed) bytes start in the archive. */
  dataStart: number;
}

/** A problem with the archive itself (not a ZIP, truncated, corrupted): the reader reports it as an unreadable workbook. */
export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
// Inflated chunks of this size keep the per-chunk overhead (await, decode, tail joins) small next to the parsing.
const CHUNK_BYTES = 256 * 1024;

/**
 * Lists the entries of a ZIP archive, keyed by lower-cased name (OPC part names ignore case), from its central directory.
 * Throws a ZipFormatError on anything that is not a complete, plain ZIP (truncated, ZIP64, encrypted, unknown method).
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryStart = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff || hasZip64Locator(view, eocd)) {
    throw new ZipFormatError("archive ZIP64, non prise en charge");
  }
  if (directoryStart + directorySize > eocd) throw new ZipFormatError("répertoire central de l'archive ZIP tronqué");
  const names = new TextDecoder("utf-8");
  const entries = new Map<string, ZipEntry>();
  let p = directoryStart;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new ZipFormatError("répertoire central de l'archive ZIP corrompu");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (p > eocd) throw new ZipFormatError("répertoire central de l'archive ZIP tronqué");
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipFormatError("archive ZIP64, non prise en charge");
    if (name.endsWith("/")) continue;
    if (flags & 1) throw new ZipFormatError(`${name} est chiffré`);
    if (method !== 0 && method !== 8) throw new ZipFormatError(`${name} compressé par une méthode inconnue (${method})`);
    const dataStart = localDataStart(view, localOffset, name);
    if (dataStart + compressedSize > directoryStart) throw new ZipFormatError(`${name} tronqué dans l'archive`);
    entries.set(name.toLowerCase(), { name, method, crc, compressedSize, size, dataStart });
  }
  return entries;
}

/** The whole content of a (small) entry, its size and CRC-32 verified. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const raw = compressedBytes(bytes, entry);
  let data: Buffer;
  try {
    // maxOutputLength stops a lying header (or a zip bomb) from inflating past the announced size.
    data = entry.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (error) {
    throw new ZipFormatError(`${entry.name} : données compressées illisibles (${(error as Error).message})`);
  }
  checkEntry(entry, data.length, crc32(data));
  return data;
}

/**
 * The content of an entry as successive chunks, inflated as they are read, so that a large worksheet is never held whole.
 * The announced size and CRC-32 are checked as the chunks come and at the end: a truncated or corrupted entry ends in a
 * ZipFormatError, never in a stream that waits forever.
 */
export async function* entryChunks(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Buffer> {
  const raw = compressedBytes(bytes, entry);
  let size = 0;
  let crc = 0;
  if (entry.method === 0) {
    for (let start = 0; start < raw.length; start += CHUNK_BYTES) {
      const chunk = raw.subarray(start, start + CHUNK_BYTES);
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
    checkEntry(entry, size, crc);
    return;
  }
  const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflate.end(raw);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > entry.size) throw new ZipFormatError(`${entry.name} : plus de données que la taille annoncée (${entry.size} octets)`);
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipFormatError) throw error;
    throw new ZipFormatError(`${entry.name} : données compressées illisibles (${(error as Error).message})`);
  } finally {
    inflate.destroy();
  }
  checkEntry(entry, size, crc);
}

function compressedBytes(bytes: Uint8Array, entry: ZipEntry): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset + entry.dataStart, entry.compressedSize);
}

function checkEntry(entry: ZipEntry, size: number, crc: number): void {
  if (size !== entry.size) throw new ZipFormatError(`${entry.name} : ${size} octets décompressés au lieu de ${entry.size}`);
  if (crc >>> 0 !== entry.crc) throw new ZipFormatError(`${entry.name} : somme de contrôle CRC-32 fausse, archive corrompue`);
}

/** The end-of-central-directory record: the last one whose comment fits in the file (a comment may follow it). */
function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  if (bytes.length < EOCD_SIZE) throw new ZipFormatError("pas une archive ZIP (fichier trop court)");
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let p = bytes.length - EOCD_SIZE; p >= lowest; p--) {
    if (bytes[p] !== 0x50 || view.getUint32(p, true) !== EOCD_SIGNATURE) continue;
    if (p + EOCD_SIZE + view.getUint16(p + 20, true) <= bytes.length) return p;
  }
  throw new ZipFormatError("pas une archive ZIP complète (fin de répertoire central introuvable)");
}

function hasZip64Locator(view: DataView, eocd: number): boolean {
  return eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE;
}

/** Where an entry's data starts: after its local header, whose name and extra field lengths may differ from the central ones. */
function localDataStart(view: DataView, offset: number, name: string): number {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`en-tête local de ${name} introuvable`);
  }
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
}
