import JSZip from "jszip";
import { runChild } from "./run-child.js";

/** The site data archive of one exports folder: the ZIP's size and each JSON file's uncompressed size, in bytes. */
export interface SiteSizes {
  zipBytes: number;
  /** File name in the archive → uncompressed size in bytes. */
  files: Record<string, number>;
}

/** Runs the site's data loader (`src/data/site.zip.ts`) on a folder, as Framework would, and measures its archive. */
export async function measureSiteData(folder: string, label: string): Promise<SiteSizes> {
  const run = await runChild({
    label: `site data loader (${label})`,
    command: process.execPath,
    args: ["--import", "tsx", "src/data/site.zip.ts"],
    env: { INSPIR_DATA: folder }
  });
  const zip = await JSZip.loadAsync(run.stdout);
  const files: Record<string, number> = {};
  for (const entry of Object.values(zip.files).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.dir) continue;
    // JSZip keeps the uncompressed size private: inflating these small files is the public way to learn it.
    files[entry.name] = (await entry.async("uint8array")).length;
  }
  if (Object.keys(files).length === 0) throw new Error(`site data loader (${label}) wrote an archive with no file`);
  return { zipBytes: run.stdout.length, files };
}
