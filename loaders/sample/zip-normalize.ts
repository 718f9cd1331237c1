import { createWriteStream } from "node:fs";
import { once } from "node:events";
import JSZip from "jszip";

/** The date every zip entry carries, so that the archive does not depend on when it was written. */
export const FIXED_ZIP_DATE = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** `[Content_Types].xml` first (Office expects it there), then the other entries by name. */
function entryOrder(a: string, b: string): number {
  const first = "[Content_Types].xml";
  if (a === first) return -1;
  if (b === first) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rewrites a zip (an XLSX) into `path` reproducibly: fixed entry dates, entries in a fixed order, and DEFLATE (level 1, for speed) by pako
 * (pure JavaScript, so the compressed bytes do not depend on the machine's zlib build). Streams entry by entry.
 */
export async function writeNormalizedZip(zipBytes: Buffer, path: string): Promise<void> {
  const source = await JSZip.loadAsync(zipBytes);
  const target = new JSZip();
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name]?.dir)
    .sort(entryOrder);
  for (const name of names) {
    const entry = source.file(name);
    if (!entry) continue;
    target.file(name.replace(/^\/+/, ""), entry.nodeStream("nodebuffer"), { date: FIXED_ZIP_DATE, binary: true, createFolders: false });
  }
  const out = createWriteStream(path);
  const zipStream = target.generateNodeStream({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 }, platform: "DOS", streamFiles: false });
  const failed = new Promise<never>((_, reject) => {
    zipStream.on("error", reject);
    out.on("error", reject);
  });
  zipStream.pipe(out);
  await Promise.race([once(out, "finish"), failed]);
}
