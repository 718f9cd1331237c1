import JSZip from "jszip";

// A fixed entry date keeps the archive byte-identical from one build to the next.
const ENTRY_DATE = new Date(Date.UTC(2016, 8, 23));

/** A ZIP archive of JSON files, deterministic for the same contents. */
export async function zipJson(files: Record<string, unknown>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const name of Object.keys(files).sort()) zip.file(name, JSON.stringify(files[name]), { date: ENTRY_DATE, createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
