import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { withConnection } from "../../loaders/db/with-connection.js";
import { type IndicatorsDocument, indicatorsDocument } from "../../loaders/indicators/document.js";
import { loadDataFolder } from "../../loaders/load/load-data-folder.js";
import type { Rejection } from "../../loaders/load/report.js";
import { siteData } from "../../loaders/site/site-archive.js";
import { readExport } from "../helpers/read-export.js";
import { type LineMaps, shuffleExports } from "../helpers/shuffle-exports.js";
import { type DatabaseContent, databaseContent } from "./database-content.js";

const SAMPLE = fileURLToPath(new URL("../../data/sample/2019-12-31", import.meta.url));

interface Results {
  document: IndicatorsDocument;
  /** Every table and view but `rejected` (its lines and reasons are compared through the document), without `line`. */
  database: DatabaseContent;
  /** The site's data, but the data-quality page's list of rejected rows (the first ones by line). */
  site: Record<string, unknown>;
}

/** What a folder gives: the analysts' document and database as `indicators` and `ingest` compute them, and the site's data. */
async function resultsOf(dataDir: string): Promise<Results> {
  const { document, database } = await withConnection(":memory:", async (connection) => {
    await loadDataFolder(connection, dataDir);
    return { document: await indicatorsDocument(connection), database: await databaseContent(connection, { without: ["line"], skip: ["rejected"] }) };
  });
  const site = await siteData({ dataDir });
  const { rejected: _, ...quality } = site["qualite.json"] as { rejected: unknown };
  return { document, database, site: { ...site, "qualite.json": quality } };
}

/** A shuffled folder's rejected rows told with the original lines: their own line and the lines their reasons quote. */
function toOriginalLines(rejected: readonly Rejection[], lines: LineMaps): Rejection[] {
  const original = (file: string, line: number) => {
    const mapped = lines[file]?.get(line);
    if (mapped === undefined) throw new Error(`no line ${line} in the shuffled ${file}`);
    return mapped;
  };
  return rejected
    .map((r) => ({
      ...r,
      line: original(r.file, r.line),
      // « identifiant en double (déjà ligne 3) », « dossier rejeté (dossiers.csv ligne 48) »
      reason: r.reason.replace(/\((déjà|[^()\s]+) ligne (\d+)\)/g, (_, file: string, line: string) => `(${file} ligne ${original(file === "déjà" ? r.file : file, Number(line))})`)
    }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

describe("the order of the rows does not matter (where the contract says so)", () => {
  let reference: Results;
  beforeAll(async () => {
    reference = await resultsOf(SAMPLE);
  });

  for (const seed of ["row-order-1", "row-order-2"]) {
    it(`gives the same indicators, tables and site data with the rows shuffled (seed ${seed})`, async () => {
      const { dir, lines } = await shuffleExports(SAMPLE, seed);

      // The shuffle only reorders rows: same records (typed XLSX cells included), most of them on another line.
      for (const file of await readdir(SAMPLE)) {
        const [before, after] = [await readExport(join(SAMPLE, file)), await readExport(join(dir, file))];
        const records = (t: typeof before) => t.records.map((r) => JSON.stringify(r.cells)).sort();
        expect(after.headers, file).toEqual(before.headers);
        expect(after.format, file).toBe(before.format);
        expect(records(after), file).toEqual(records(before));
        const moved = [...lines[file]!].filter(([now, was]) => now !== was).length;
        expect(moved, `${file}: rows moved`).toBeGreaterThan(before.records.length / 2);
      }

      const shuffled = await resultsOf(dir);
      const { rejected, ...rest } = shuffled.document;
      const { rejected: referenceRejected, ...referenceRest } = reference.document;
      for (const key of Object.keys(referenceRest) as (keyof typeof referenceRest)[]) expect(rest[key], key).toEqual(referenceRest[key]);
      expect(new Set(shuffled.document.alerts.map((a) => `${a.dossier} ${a.rule}`))).toEqual(new Set(reference.document.alerts.map((a) => `${a.dossier} ${a.rule}`)));
      expect(rejected.map((r) => r.line)).not.toEqual(referenceRejected.map((r) => r.line));
      expect(toOriginalLines(rejected, lines)).toEqual(referenceRejected);

      expect(shuffled.database.relations).toEqual(reference.database.relations);
      expect(shuffled.database.columns).toEqual(reference.database.columns);
      for (const name of Object.keys(reference.database.sorted)) expect(shuffled.database.sorted[name], name).toEqual(reference.database.sorted[name]);

      for (const name of Object.keys(reference.site)) expect(shuffled.site[name], name).toEqual(reference.site[name]);
    });
  }
});
