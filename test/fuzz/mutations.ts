import fc from "fast-check";
import iconv from "iconv-lite";
import JSZip from "jszip";

/** One change made to a valid export; positions are fractions (0–1) of the file, so a case fits any base. */
export type Mutation =
  | { kind: "flip-bytes"; at: number[]; xor: number }
  | { kind: "delete-range"; at: number; length: number }
  | { kind: "truncate"; at: number }
  | { kind: "truncate-line"; line: number; at: number }
  | { kind: "swap-columns"; a: number; b: number }
  | { kind: "duplicate-column"; a: number }
  | { kind: "drop-column"; a: number }
  | { kind: "re-encode"; to: "utf-16le" | "utf-8" | "utf-8-bom" | "macintosh" }
  | { kind: "bom-in-middle"; at: number }
  | { kind: "set-cell"; line: number; column: number; value: string }
  | { kind: "empty" }
  | { kind: "junk"; bytes: number[] }
  | { kind: "zip-of-other"; text: string }
  | { kind: "delete-file" };

/** A fuzz case: which export to damage and how. */
export interface FuzzCase {
  file: string;
  mutations: Mutation[];
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const smallIndex = fc.nat({ max: 30 });
/** Values people type, or Excel produces, where numbers, dates and codes are expected. */
const NASTY_CELLS = [
  "9".repeat(400),
  "-12500",
  "1e308",
  "-0",
  "NaN",
  "Infinity",
  "12 500,50 € €",
  "31/02/2017",
  "2017-02-30",
  "00/00/0000",
  "29/02/2019",
  '=HYPERLINK("http://example.org","clic")',
  "+33 6 00 00 00 00",
  "@SUM(A1:A9)",
  "-1+1",
  '"',
  '""";"',
  "\u0000",
  "\ufeff",
  "é".repeat(2000),
  " ",
  "2A004",
  "0",
  "Oui;Non",
  "\r\n"
];

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip-bytes" as const), at: fc.array(fraction, { minLength: 1, maxLength: 8 }), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant("delete-range" as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fraction }),
  fc.record({ kind: fc.constant("truncate-line" as const), line: smallIndex, at: fraction }),
  fc.record({ kind: fc.constant("swap-columns" as const), a: smallIndex, b: smallIndex }),
  fc.record({ kind: fc.constant("duplicate-column" as const), a: smallIndex }),
  fc.record({ kind: fc.constant("drop-column" as const), a: smallIndex }),
  fc.record({ kind: fc.constant("re-encode" as const), to: fc.constantFrom("utf-16le" as const, "utf-8" as const, "utf-8-bom" as const, "macintosh" as const) }),
  fc.record({ kind: fc.constant("bom-in-middle" as const), at: fraction }),
  fc.record({ kind: fc.constant("set-cell" as const), line: smallIndex, column: smallIndex, value: fc.oneof(fc.constantFrom(...NASTY_CELLS), fc.string({ maxLength: 20 })) }),
  fc.record({ kind: fc.constant("empty" as const) }),
  fc.record({ kind: fc.constant("junk" as const), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 300 }) }),
  fc.record({ kind: fc.constant("zip-of-other" as const), text: fc.string({ maxLength: 50 }) }),
  fc.record({ kind: fc.constant("delete-file" as const) })
);

/** Cases over the given export names, one to three mutations each. */
export function caseArbitrary(files: readonly string[]): fc.Arbitrary<FuzzCase> {
  return fc.record({ file: fc.constantFrom(...files), mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }) });
}

/** The export's bytes after the mutation; null when the file is removed. */
export async function mutate(bytes: Uint8Array | null, m: Mutation): Promise<Uint8Array | null> {
  if (bytes === null) return null;
  const pos = (f: number) => Math.min(bytes.length, Math.floor(f * bytes.length));
  switch (m.kind) {
    case "flip-bytes": {
      const out = bytes.slice();
      for (const f of m.at) if (out.length > 0) out[Math.min(out.length - 1, pos(f))]! ^= m.xor;
      return out;
    }
    case "delete-range":
      return concat(bytes.subarray(0, pos(m.at)), bytes.subarray(Math.min(bytes.length, pos(m.at) + m.length)));
    case "truncate":
      return bytes.slice(0, pos(m.at));
    case "bom-in-middle":
      return concat(bytes.subarray(0, pos(m.at)), new Uint8Array([0xef, 0xbb, 0xbf]), bytes.subarray(pos(m.at)));
    case "empty":
      return new Uint8Array(0);
    case "junk":
      return new Uint8Array(m.bytes);
    case "delete-file":
      return null;
    case "zip-of-other": {
      const zip = new JSZip();
      zip.file("notes.txt", m.text, { date: new Date(Date.UTC(2020, 0, 1)) });
      return zip.generateAsync({ type: "uint8array" });
    }
    case "re-encode": {
      const text = decode(bytes);
      if (m.to === "utf-8-bom") return concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(text));
      return new Uint8Array(iconv.encode(text, m.to));
    }
    default:
      return onLines(bytes, m);
  }
}

// Line- and column-level mutations work on the decoded text and write it back in the file's encoding.
function onLines(bytes: Uint8Array, m: Mutation): Uint8Array {
  const utf8 = isUtf8(bytes);
  const text = utf8 ? new TextDecoder().decode(bytes) : iconv.decode(Buffer.from(bytes), "windows-1252");
  const lines = text.split("\n");
  const sep = (lines[0] ?? "").includes(";") ? ";" : ",";
  const cells = (i: number) => (lines[i] ?? "").split(sep);
  const nth = (n: number, length: number) => (length === 0 ? 0 : n % length);
  switch (m.kind) {
    case "truncate-line": {
      const i = nth(m.line, lines.length);
      lines[i] = (lines[i] ?? "").slice(0, Math.floor(m.at * (lines[i] ?? "").length));
      break;
    }
    case "swap-columns":
    case "duplicate-column":
    case "drop-column": {
      for (let i = 0; i < lines.length; i++) {
        const row = cells(i);
        if (row.length < 2) continue;
        const a = nth(m.a, row.length);
        if (m.kind === "swap-columns") {
          const b = nth(m.b, row.length);
          [row[a], row[b]] = [row[b]!, row[a]!];
        } else if (m.kind === "duplicate-column") row.splice(a, 0, row[a]!);
        else row.splice(a, 1);
        lines[i] = row.join(sep);
      }
      break;
    }
    case "set-cell": {
      const i = 1 + nth(m.line, Math.max(1, lines.length - 1));
      const row = cells(i);
      row[nth(m.column, row.length)] = m.value;
      lines[i] = row.join(sep);
      break;
    }
    default:
      return bytes;
  }
  const out = lines.join("\n");
  return utf8 ? new TextEncoder().encode(out) : new Uint8Array(iconv.encode(out, "windows-1252"));
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decode(bytes: Uint8Array): string {
  return isUtf8(bytes) ? new TextDecoder().decode(bytes) : iconv.decode(Buffer.from(bytes), "windows-1252");
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
