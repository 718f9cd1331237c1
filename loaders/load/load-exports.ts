import type { z } from "zod";
import { type Limits, limitsFromEnv } from "../config/limits.js";
import { type ExportKind, locateExports } from "../read/locate-exports.js";
import { openTable } from "../read/read-table.js";
import type { ColumnSpec } from "../schemas/columns.js";
import { DOSSIER_COLUMNS, type Dossier, dossierSchema } from "../schemas/dossier.js";
import { DEFAULT_ENVELOPPES, ENVELOPPE_COLUMNS, type Enveloppe, enveloppeSchema } from "../schemas/enveloppe.js";
import { IDEE_COLUMNS, type Idee, ideeSchema } from "../schemas/idee.js";
import { MARQUEUR_COLUMNS, type Marqueur, marqueurSchema } from "../schemas/marqueur.js";
import { PAIEMENT_COLUMNS, type Paiement, paiementSchema } from "../schemas/paiement.js";
import { AMI, type Dispositif, EVENT } from "../schemas/vocabulary.js";
import { type CheckOptions, type CheckedTable, type KeyColumn, type Kept, checkTable } from "./check-rows.js";
import { type DossierIndex, dossierReferenceFault } from "./references.js";
import { type FileReport, type Rejection, rejectionOf } from "./report.js";

export type { Kept } from "./check-rows.js";

/** What a load reports besides its kept rows. */
export interface LoadReport {
  /** Budget lines: few, so always held. */
  enveloppes: Kept<Enveloppe>[];
  /** Where the budget lines come from: the folder's export, or the 2016 deliberation. */
  enveloppesSource: "export" | "deliberation-2016";
  /** Files read, sorted by name. */
  files: FileReport[];
  /** Rejected rows, sorted by file then line. */
  rejected: Rejection[];
}

/** Everything a load keeps and reports, held in memory; only kept rows reach the indicators. */
export interface LoadResult extends LoadReport {
  dossiers: Kept<Dossier>[];
  paiements: Kept<Paiement>[];
  idees: Kept<Idee>[];
  marqueurs: Kept<Marqueur>[];
}

/** Where the kept rows of each export go, one at a time, in file order, with the name of the file they come from. */
export interface KeptRowSinks {
  dossier: (row: Kept<Dossier>, file: string) => void;
  paiement: (row: Kept<Paiement>, file: string) => void;
  idee: (row: Kept<Idee>, file: string) => void;
  marqueur: (row: Kept<Marqueur>, file: string) => void;
}

export interface LoadOptions {
  /** Receives progress lines meant for stderr. */
  log?: (message: string) => void;
  /** Bounds on each file; from the environment when not given. */
  limits?: Limits;
}

/** A dossier's identifier, whose repeats are rejected: the same rule whether all files or the dossiers alone are read. */
const DOSSIER_KEY: KeyColumn = { field: "id", header: "N° dossier" };

/** Reads and validates a folder of exports into memory; throws LoadError on a fatal problem (missing file or column, undecodable file). */
export async function loadExports(folder: string, options: LoadOptions = {}): Promise<LoadResult> {
  const rows = { dossiers: [] as Kept<Dossier>[], paiements: [] as Kept<Paiement>[], idees: [] as Kept<Idee>[], marqueurs: [] as Kept<Marqueur>[] };
  const report = await streamExports(
    folder,
    { dossier: (r) => rows.dossiers.push(r), paiement: (r) => rows.paiements.push(r), idee: (r) => rows.idees.push(r), marqueur: (r) => rows.marqueurs.push(r) },
    options
  );
  return { ...rows, ...report };
}

/**
 * Reads and validates a folder of exports, handing each kept row to its sink as the files stream, so that no file
 * is held whole; returns the report. Throws LoadError on a fatal problem: the sinks may then have received rows
 * of a load that must be discarded (callers write into a database they drop or never rename into place).
 */
export async function streamExports(folder: string, sinks: KeptRowSinks, options: LoadOptions = {}): Promise<LoadReport> {
  const log = options.log ?? (() => {});
  const limits = options.limits ?? limitsFromEnv();
  const paths = await locateExports(folder);
  const check = async <S extends z.ZodType>(kind: ExportKind, specs: readonly ColumnSpec[], schema: S, options: CheckOptions<z.output<S>>) => {
    const path = paths[kind];
    if (path === undefined) return undefined;
    const table = await openTable(path, limits);
    return checkTable(table, specs, schema, { ...options, onProgress: (done) => log(`${table.file} : ${done} lignes validées`) });
  };

  // Dossiers come first: the other files' references are checked against them as their rows stream.
  const keptDispositifs = new Map<string, Dispositif>();
  const dossiers = (await check("dossiers", DOSSIER_COLUMNS, dossierSchema, {
    key: DOSSIER_KEY,
    keep: (d, file) => {
      keptDispositifs.set(d.id, d.dispositif);
      sinks.dossier(d, file);
    }
  }))!;
  const index: DossierIndex = { kept: keptDispositifs, rejectedLines: dossiers.rejectedKeys, file: dossiers.file };
  const paiements = (await check("paiements", PAIEMENT_COLUMNS, paiementSchema, {
    keep: sinks.paiement,
    key: { field: "mandat", header: "N° mandat" },
    references: (p) => [dossierReferenceFault(index, p.dossier, "N° dossier")]
  }))!;
  const idees = (await check("suivi", IDEE_COLUMNS, ideeSchema, {
    keep: sinks.idee,
    key: { field: "id", header: "N° idée" },
    references: (i) => [
      dossierReferenceFault(index, i.dossierEvenement, "N° dossier événement", EVENT),
      i.dossierExperimentation === null ? undefined : dossierReferenceFault(index, i.dossierExperimentation, "N° dossier expérimentation")
    ]
  }))!;
  const marqueurs = await check("marqueurs", MARQUEUR_COLUMNS, marqueurSchema, {
    keep: sinks.marqueur,
    references: (m) => [dossierReferenceFault(index, m.dossier, "N° dossier", AMI)]
  });
  const keptEnveloppes: Kept<Enveloppe>[] = [];
  const enveloppes = await check("enveloppes", ENVELOPPE_COLUMNS, enveloppeSchema, { keep: (e) => keptEnveloppes.push(e) });

  const files: FileReport[] = [];
  const rejected: Rejection[] = [];
  const settle = <T>(kind: ExportKind, checked: CheckedTable<T>): void => {
    for (const r of checked.rejected) rejected.push(rejectionOf(checked.file, r.line, r.faults));
    const { file, format, read, kept } = checked;
    files.push({ file, kind, format, read, kept, rejected: checked.rejected.length, extraColumns: checked.binding.extra });
  };
  settle("dossiers", dossiers);
  settle("paiements", paiements);
  settle("suivi", idees);
  if (marqueurs) settle("marqueurs", marqueurs);
  if (enveloppes) settle("enveloppes", enveloppes);
  return {
    enveloppes: enveloppes ? keptEnveloppes : DEFAULT_ENVELOPPES.map((e, i) => ({ ...e, line: i + 2 })),
    enveloppesSource: enveloppes ? "export" : "deliberation-2016",
    files: files.sort((a, b) => compareText(a.file, b.file)),
    rejected: rejected.sort((a, b) => compareText(a.file, b.file) || a.line - b.line)
  };
}

/** Reads and validates the dossiers export alone (whether a dossier is kept depends on that file only); returns its report. */
export async function streamDossiers(folder: string, keep: (row: Kept<Dossier>) => void, options: LoadOptions = {}): Promise<{ read: number; kept: number }> {
  const paths = await locateExports(folder);
  const table = await openTable(paths.dossiers!, options.limits ?? limitsFromEnv());
  const { read, kept } = await checkTable(table, DOSSIER_COLUMNS, dossierSchema, { keep, key: DOSSIER_KEY });
  return { read, kept };
}

/** Byte-order comparison, so that sorting does not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
