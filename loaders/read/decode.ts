import iconv from "iconv-lite";
import { LoadError } from "../load-error.js";

/** The text encodings the contract accepts. */
export type TextEncoding = "utf-8" | "windows-1252";

// Bytes that Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor Windows-1252.
const UNDEFINED_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** Decodes an export's bytes: UTF-8 (with or without BOM) when valid, else Windows-1252; fails on binary content. */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new LoadError(file, "illisible : contenu binaire (octets nuls), ce n'est pas un export texte");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    if (hasBom) throw new LoadError(file, "illisible : marque d'ordre UTF-8 suivie d'octets qui ne sont pas de l'UTF-8");
  }
  // The first undefined byte in the file is the one reported; indexOf scans natively, one byte value at a time.
  const undefinedAt = UNDEFINED_BYTES.map((b) => body.indexOf(b)).filter((i) => i >= 0);
  if (undefinedAt.length > 0) {
    const b = body[Math.min(...undefinedAt)]!;
    throw new LoadError(file, `illisible : l'octet 0x${b.toString(16)} n'est ni de l'UTF-8 ni du Windows-1252`);
  }
  return { text: decodeWindows1252(body), encoding: "windows-1252" };
}

// Windows-1252 is Latin-1 except for 0x80–0x9F (€, ’, œ…), where Node's TextDecoder and Latin-1 give C1 controls.
// Those 32 characters are taken from iconv-lite once; Node's native Latin-1 decoding does the rest. On a 50 MB export
// this takes about half of iconv-lite's time (a table lookup per byte in JavaScript was slower than both).
const CP1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), "windows-1252");
const C1_CONTROL = /[\u0080-\u009f]/g;

/** Windows-1252 bytes as text, as iconv-lite decodes them (test/read/decode.test.ts holds the two equal). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(C1_CONTROL, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
