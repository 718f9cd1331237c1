import iconv from "iconv-lite";
import { LoadError } from "../load-error.js";

/** The text encodings the contract accepts. */
export type TextEncoding = "utf-8" | "windows-1252";

// Bytes that Windows-1252 leaves undefined: a file holding them is neither UTF-8 nor Windows-1252.
const CP1252_UNDEFINED = new Uint8Array(256);
for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) CP1252_UNDEFINED[b] = 1;

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
  // An indexed loop over a lookup table: iterating a 50 MB buffer with for…of and a Set took a second.
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (CP1252_UNDEFINED[b] === 1) {
      throw new LoadError(file, `illisible : l'octet 0x${b.toString(16)} n'est ni de l'UTF-8 ni du Windows-1252`);
    }
  }
  // Node's TextDecoder maps 0x80–0x9F to C1 controls instead of €, ’, œ…: iconv-lite decodes them right.
  return { text: iconv.decode(Buffer.from(body), "windows-1252"), encoding: "windows-1252" };
}
