import JSZip from "jszip";
import { type DatabaseSource, withLoadedDatabase } from "../load/loaded-database.js";
import type { Edition } from "../site/edition.js";
import { DISPOSITIFS, type Dispositif, type Statut, VOTED_STATUTS } from "../schemas/vocabulary.js";
import { type AttribuantConfig, readAttribuantConfig } from "./attribuant-config.js";
import { type PublishedGrant, type UnpublishedGrant, grantCandidates, publishedGrants } from "./published-grants.js";
import { scdlCsv } from "./scdl-csv.js";
import {
  CONDITIONS_VERSEMENT,
  type ConditionsVersement,
  SCDL_SUBVENTIONS_VERSION,
  type ScdlSubventionRow,
  scdlSubventionRowSchema
} from "./scdl-subventions-schema.js";

/** Name of the published file. */
export const SUBVENTIONS_FILE = "subventions.csv";

/** What the open-data page says about the file (amounts in €, counts of rows). */
export interface OpenDataSummary {
  schema: { name: string; version: string };
  file: string;
  attribuant: { nom: string; siret: string };
  rows: number;
  montant: number;
  /** First and last `dateConvention`, or null when there is no row. */
  period: { first: string; last: string } | null;
  byDispositif: { dispositif: Dispositif; rows: number; montant: number }[];
  byStatut: { statut: Statut; rows: number; montant: number }[];
  byConditions: { conditions: ConditionsVersement; rows: number }[];
  /** Awarded grants left out of the file because a required value is missing. */
  unpublished: UnpublishedGrant[];
}

/** The export of one load: the CSV text and its summary. */
export interface OpenDataExport {
  csv: string;
  rows: ScdlSubventionRow[];
  summary: OpenDataSummary;
}

/** Checks every row against the data model; a failure is a bug of the export, never of the user's data. */
export function assertValidRows(rows: readonly ScdlSubventionRow[]): void {
  rows.forEach((row, i) => {
    const result = scdlSubventionRowSchema.safeParse(row);
    if (!result.success) throw new Error(`ligne ${i + 2} du fichier SCDL non conforme : ${result.error.issues.map((issue) => issue.message).join(" ; ")}`);
  });
}

/** Sums cents to euros. */
function euros(grants: readonly PublishedGrant[]): number {
  return grants.reduce((sum, g) => sum + g.cents, 0) / 100;
}

/** The summary of the published grants. */
export function openDataSummary(grants: readonly PublishedGrant[], unpublished: readonly UnpublishedGrant[], config: AttribuantConfig): OpenDataSummary {
  const dates = grants.map((g) => g.row.dateConvention).sort();
  const group = <K>(values: readonly K[], key: (g: PublishedGrant) => K) =>
    values.map((value) => grants.filter((g) => key(g) === value)).map((list, i) => ({ value: values[i]!, list })).filter((g) => g.list.length > 0);
  return {
    // No URL: the site names no other host (test/site/dist-scan.ts).
    schema: { name: "SCDL subventions", version: SCDL_SUBVENTIONS_VERSION },
    file: SUBVENTIONS_FILE,
    attribuant: { nom: config.nomAttribuant, siret: config.idAttribuant },
    rows: grants.length,
    montant: euros(grants),
    period: dates.length > 0 ? { first: dates[0]!, last: dates.at(-1)! } : null,
    byDispositif: group(DISPOSITIFS, (g) => g.dispositif).map(({ value, list }) => ({ dispositif: value, rows: list.length, montant: euros(list) })),
    byStatut: group(VOTED_STATUTS, (g) => g.statut).map(({ value, list }) => ({ statut: value, rows: list.length, montant: euros(list) })),
    byConditions: group(CONDITIONS_VERSEMENT, (g) => g.row.conditionsVersement as ConditionsVersement).map(({ value, list }) => ({ conditions: value, rows: list.length })),
    unpublished: [...unpublished]
  };
}

/** Builds the SCDL file and its summary from a loaded database and the attributing body's configuration. */
export async function openDataExport(options: DatabaseSource & { configPath: string }): Promise<OpenDataExport> {
  // The configuration first: a wrong SIRET stops before the (longer) load.
  const config = await readAttribuantConfig(options.configPath);
  const { grants, unpublished } = publishedGrants(await withLoadedDatabase(options, grantCandidates), config);
  const rows = grants.map((g) => g.row);
  assertValidRows(rows);
  return { csv: scdlCsv(rows), rows, summary: openDataSummary(grants, unpublished, config) };
}

// A fixed entry date keeps the archive byte-identical from one build to the next.
const ENTRY_DATE = new Date(Date.UTC(2016, 8, 23));

/**
 * The site's open-data archive: `subventions.csv` (linked for download) and `subventions.json` (its summary, read by
 * the page). The public edition leaves out the voted grants missing from the file: they are named by dossier only.
 */
export async function openDataArchive(options: DatabaseSource & { configPath: string; edition?: Edition }): Promise<Uint8Array> {
  const { csv, summary: full } = await openDataExport(options);
  const summary = options.edition === "public" ? { ...full, unpublished: [] } : full;
  const zip = new JSZip();
  zip.file(SUBVENTIONS_FILE, csv, { date: ENTRY_DATE, createFolders: false });
  zip.file("subventions.json", JSON.stringify(summary), { date: ENTRY_DATE, createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
