import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText, decodeWindows1252 } from "../../loaders/read/decode.js";

describe("decodeText", () => {
  const text = "Bénéficiaire;Montant\nCœur de l’Oise;12 500,50 €\n";

  it("reads Windows-1252 with €, ’ and œ right", () => {
    const bytes = iconv.encode(text, "windows-1252");
    expect(bytes.includes(0x80)).toBe(true); // € is 0x80 in Windows-1252
    expect(decodeText(bytes, "f.csv")).toEqual({ text, encoding: "windows-1252" });
  });

  it("reads UTF-8 with and without BOM", () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8, "f.csv")).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), "f.csv")).toEqual({ text, encoding: "utf-8" });
  });

  it("refuses binary content, naming the file", () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), "suivi.csv")).toThrow(/^suivi\.csv : illisible/);
  });

  it("refuses bytes Windows-1252 leaves undefined", () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x81, 0x42]), "x.csv")).toThrow(/x\.csv/);
    // Several undefined bytes: the first in the file is named.
    expect(() => decodeText(new Uint8Array([0x41, 0xe9, 0x9d, 0x42, 0x81]), "x.csv")).toThrow("l'octet 0x9d n'est ni de l'UTF-8 ni du Windows-1252");
  });

  it("decodes Windows-1252 as iconv-lite does, for any bytes (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(8), (bytes, offset) => {
        // A view into a larger buffer, as the reader's subarray after a BOM.
        const framed = new Uint8Array(offset + bytes.length);
        framed.set(bytes, offset);
        const view = framed.subarray(offset);
        expect(decodeWindows1252(view)).toBe(iconv.decode(Buffer.from(bytes), "windows-1252"));
      }),
      { numRuns: 2000, seed: 2016 }
    );
    const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeWindows1252(everyByte)).toBe(iconv.decode(Buffer.from(everyByte), "windows-1252"));
  });
});
