import JSZip from "jszip";
import { runChild } from "./run-child.js";

/** The site's data of one exports folder, in bytes: the archives' sizes and each file's uncompressed size. */
export interface SiteSizes {
  /** `site.zip`'s own size. */
  zipBytes: number;
  /** Files the pages read (`site.zip`'s JSON files, and `opendata/subventions.json`) → uncompressed size. */
  files: Record<string, number>;
  /** Files the pages only link for download (the SCDL publication, one row per grant by nature) → size. */
  downloads: Record<string, number>;
}

/** Files of the data archives that pages link for download instead of reading. */
const DOWNLOADS = new Set(["opendata/subventions.csv"]);

/** Runs the site's two data loaders (`src/data/site.zip.ts`, `src/data/opendata.zip.ts`) on a folder, as Framework would, and measures their files. */
export async function measureSiteData(folder: string, label: string): Promise<SiteSizes> {
  const sizes: SiteSizes = { zipBytes: 0, files: {}, downloads: {} };
  for (const archive of ["site", "opendata"] as const) {
    const run = await runChild({
      label: `${archive} data loader (${label})`,
      command: process.execPath,
      args: ["--import", "tsx", `src/data/${archive}.zip.ts`],
      env: { INSPIR_DATA: folder }
    });
    if (archive === "site") sizes.zipBytes = run.stdout.length;
    const zip = await JSZip.loadAsync(run.stdout);
    let count = 0;
    for (const entry of Object.values(zip.files).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.dir) continue;
      count++;
      const name = archive === "site" ? entry.name : `${archive}/${entry.name}`;
      // JSZip keeps the uncompressed size private: inflating these files is the public way to learn it.
      const size = (await entry.async("uint8array")).length;
      (DOWNLOADS.has(name) ? sizes.downloads : sizes.files)[name] = size;
    }
    if (count === 0) throw new Error(`${archive} data loader (${label}) wrote an archive with no file`);
  }
  return sizes;
}
