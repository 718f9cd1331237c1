import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { LoadError } from "../../loaders/load-error.js";
import { openXlsx, readXlsx } from "../../loaders/read/xlsx.js";
import { zipEntries } from "../../loaders/read/xlsx/zip-entries.js";

// Damaged archives must be refused with a one-line LoadError naming the file, quickly: exceljs's reader used to wait
// forever on some of them. Every test has a short timeout so that a hang fails instead of stalling the run.
const TIMEOUT = { timeout: 15_000 };

/** A workbook large enough for its worksheet to be inflated in several chunks. */
async function sample(rows = 3000): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Suivi");
  sheet.addRow(["N° idée", "Titre", "Date"]);
  for (let i = 1; i <= rows; i++) {
    const row = sheet.addRow([i, `Idée ${i} ${"x".repeat(i % 50)}`, new Date(Date.UTC(2018, 0, 1 + (i % 365)))]);
    row.getCell(3).numFmt = "dd/mm/yyyy";
  }
  return new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: false }));
}

/** Reads the whole file; the outcome is "ok" or the LoadError's message (anything else fails the test). */
async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(bytes, "suivi.xlsx");
    return "ok";
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).message).not.toContain("\n");
    return (error as LoadError).message;
  }
}

const UNREADABLE = /^suivi\.xlsx : illisible comme classeur XLSX \(.+\)$/;

/** Where an entry's central directory header starts (to patch its fields). */
function centralHeader(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let p = view.getUint32(eocd + 16, true);
  for (;;) {
    const nameLength = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)) === name) return p;
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}

function patched(bytes: Uint8Array, patch: (copy: Uint8Array, view: DataView) => void): Uint8Array {
  const copy = bytes.slice();
  patch(copy, new DataView(copy.buffer));
  return copy;
}

describe("readXlsx on damaged files", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await sample();
  });

  it("reads the undamaged sample", TIMEOUT, async () => {
    expect(await outcome(bytes)).toBe("ok");
  });

  it("refuses an empty file", TIMEOUT, async () => {
    expect(await outcome(new Uint8Array())).toMatch(UNREADABLE);
  });

  it("refuses the file truncated anywhere", TIMEOUT, async () => {
    for (const length of [1, 4, 30, 100, 1000, Math.floor(bytes.length / 3), Math.floor(bytes.length / 2), bytes.length - 100, bytes.length - 23, bytes.length - 22, bytes.length - 10, bytes.length - 1]) {
      // Fails before any record: the archive's directory, at its end, is gone.
      await expect(openXlsx(bytes.subarray(0, length), "suivi.xlsx"), `truncated to ${length} bytes`).rejects.toThrow(UNREADABLE);
    }
  });

  it("refuses a worksheet whose compressed data has a flipped byte, wherever it is", TIMEOUT, async () => {
    const sheet = zipEntries(bytes).get("xl/worksheets/sheet1.xml")!;
    for (const at of [0, 1, 10, 100, 1000, Math.floor(sheet.compressedSize / 2), sheet.compressedSize - 20, sheet.compressedSize - 5, sheet.compressedSize - 1]) {
      const damaged = patched(bytes, (copy) => (copy[sheet.dataStart + at]! ^= 0xff));
      expect(await outcome(damaged), `byte ${at} of ${sheet.compressedSize} flipped`).toMatch(UNREADABLE);
    }
  });

  it("refuses damage met after the header as a LoadError from the batches", TIMEOUT, async () => {
    const sheet = zipEntries(bytes).get("xl/worksheets/sheet1.xml")!;
    const damaged = patched(bytes, (copy) => (copy[sheet.dataStart + sheet.compressedSize - 200]! ^= 0x55));
    const { headers, batches } = await openXlsx(damaged, "suivi.xlsx");
    expect(headers).toEqual(["N° idée", "Titre", "Date"]);
    await expect((async () => {
      for await (const _ of batches);
    })()).rejects.toThrow(UNREADABLE);
  });

  it("refuses a worksheet whose deflate data is cut short, without waiting for the rest", TIMEOUT, async () => {
    const at = centralHeader(bytes, "xl/worksheets/sheet1.xml");
    const damaged = patched(bytes, (_, view) => view.setUint32(at + 20, Math.floor(view.getUint32(at + 20, true) / 2), true));
    expect(await outcome(damaged)).toMatch(/illisible comme classeur XLSX \(xl\/worksheets\/sheet1\.xml : données compressées illisibles/);
  });

  it("refuses an entry larger or smaller than announced", TIMEOUT, async () => {
    const at = centralHeader(bytes, "xl/worksheets/sheet1.xml");
    const smaller = patched(bytes, (_, view) => view.setUint32(at + 24, view.getUint32(at + 24, true) - 1, true));
    expect(await outcome(smaller)).toMatch(/plus de données que la taille annoncée/);
    const larger = patched(bytes, (_, view) => view.setUint32(at + 24, view.getUint32(at + 24, true) + 1, true));
    expect(await outcome(larger)).toMatch(/octets décompressés au lieu de/);
    const wrongCrc = patched(bytes, (_, view) => view.setUint32(at + 16, view.getUint32(at + 16, true) ^ 1, true));
    expect(await outcome(wrongCrc)).toMatch(/CRC-32/);
  });

  it("refuses damaged small parts: workbook, styles", TIMEOUT, async () => {
    for (const name of ["xl/workbook.xml", "xl/styles.xml"]) {
      const entry = zipEntries(bytes).get(name)!;
      const damaged = patched(bytes, (copy) => (copy[entry.dataStart + Math.floor(entry.compressedSize / 2)]! ^= 0xff));
      expect(await outcome(damaged), name).toMatch(UNREADABLE);
    }
  });

  it("refuses damaged shared strings", TIMEOUT, async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Suivi");
    for (let i = 0; i < 3000; i++) sheet.addRow([`texte partagé ${i}`, i]);
    const shared = new Uint8Array(await wb.xlsx.writeBuffer());
    const entry = zipEntries(shared).get("xl/sharedstrings.xml")!;
    for (const at of [5, Math.floor(entry.compressedSize / 2), entry.compressedSize - 3]) {
      expect(await outcome(patched(shared, (copy) => (copy[entry.dataStart + at]! ^= 0xff))), `byte ${at}`).toMatch(UNREADABLE);
    }
  });

  it("refuses a stored (uncompressed) entry with a changed byte", TIMEOUT, async () => {
    const zip = await JSZip.loadAsync(bytes);
    const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    const sheet = zipEntries(stored).get("xl/worksheets/sheet1.xml")!;
    const damaged = patched(stored, (copy) => (copy[sheet.dataStart + 5000]! = 0x20));
    expect(await outcome(damaged)).toMatch(/CRC-32/);
  });

  it("refuses ZIP archives that are no workbook, and ZIP features it does not read", TIMEOUT, async () => {
    const other = new JSZip();
    other.file("notes.txt", "pas un classeur");
    expect(await outcome(await other.generateAsync({ type: "uint8array" }))).toBe("suivi.xlsx : illisible comme classeur XLSX (archive sans classeur ni feuille)");
    const noSheet = await JSZip.loadAsync(bytes);
    noSheet.remove("xl/worksheets/sheet1.xml");
    expect(await outcome(await noSheet.generateAsync({ type: "uint8array" }))).toBe("suivi.xlsx : illisible comme classeur XLSX (archive sans classeur ni feuille)");

    const eocd = bytes.length - 22;
    expect(await outcome(patched(bytes, (_, view) => view.setUint16(eocd + 10, 0xffff, true)))).toMatch(/ZIP64/);
    const at = centralHeader(bytes, "xl/worksheets/sheet1.xml");
    expect(await outcome(patched(bytes, (_, view) => view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true)))).toMatch(/chiffré/);
    expect(await outcome(patched(bytes, (_, view) => view.setUint16(at + 10, 12, true)))).toMatch(/méthode inconnue \(12\)/);
    expect(await outcome(patched(bytes, (_, view) => view.setUint32(eocd + 12, view.getUint32(eocd + 12, true) + 1000, true)))).toMatch(UNREADABLE);
    expect(await outcome(patched(bytes, (_, view) => view.setUint32(at + 42, bytes.length - 10, true)))).toMatch(UNREADABLE);
  });

  it("reads an archive with a comment after its directory", TIMEOUT, async () => {
    const commented = await (await JSZip.loadAsync(bytes)).generateAsync({ type: "uint8array", compression: "DEFLATE", comment: "commentaire de l'archive" });
    expect(await outcome(commented)).toBe("ok");
  });

  it("never hangs nor throws anything but a LoadError, whatever byte is damaged", { timeout: 60_000 }, async () => {
    const small = await sample(300);
    // A fixed pseudo-random walk over the archive: directory, headers, compressed data alike.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const at = next() % small.length;
      const damaged = patched(small, (copy) => (copy[at]! ^= 1 << next() % 8));
      expect(await outcome(damaged)).toMatch(/^ok$|^suivi\.xlsx : /);
    }
  });
});
