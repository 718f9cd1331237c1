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
import { AMI, EVENT } from "../schemas/vocabulary.js";
import { type CheckOptions, type CheckedTable, type Kept, checkTable } from "./check-rows.js";
import { type DossierIndex, dossierReferenceFault } from "./references.js";
import { type FileReport, type Rejection, rejectionOf } from "./report.js";

export type { Kept } from "./check-rows.js";

/** Everything a load keeps and reports; only kept rows reach the indicators. */
export interface LoadResult {
  dossiers: Kept<Dossier>[];
  paiements: Kept<Paiement>[];
  idees: Kept<Idee>[];
  marqueurs: Kept<Marqueur>[];
  enveloppes: Kept<Enveloppe>[];
  /** Where the budget lines come from: the folder's export, or the 2016 deliberation. */
  enveloppesSource: "export" | "deliberation-2016";
  /** Files read, sorted by name. */
  files: FileReport[];
  /** Rejected rows, sorted by file then line. */
  rejected: Rejection[];
}

export interface LoadOptions {
  /** Receives progress lines meant for stderr. */
  log?: (message: string) => void;
  /** Bounds on each file; from the environment when not given. */
  limits?: Limits;
}

/** Reads and validates a folder of exports; throws LoadError on a fatal problem (missing file or column, undecodable file). */
export async function loadExports(folder: string, options: LoadOptions = {}): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  const limits = options.limits ?? limitsFromEnv();
  const paths = await locateExports(folder);
  const check = async <S extends z.ZodType>(kind: ExportKind, specs: readonly ColumnSpec[], schema: S, options: CheckOptions<z.output<S>> = {}) => {
    const path = paths[kind];
    if (path === undefined) return undefined;
    const table = await openTable(path, limits);
    return checkTable(table, specs, schema, { ...options, onProgress: (done) => log(`${table.file} : ${done} lignes validées`) });
  };

  // Read every file first, so that a fatal problem anywhere stops the load before any work is reported.
  // Dossiers come first: the other files' references are checked against them as their rows stream.
  const dossiers = (await check("dossiers", DOSSIER_COLUMNS, dossierSchema, { key: { field: "id", header: "N° dossier" } }))!;
  const index: DossierIndex = { kept: new Map(dossiers.kept.map((d) => [d.id, d])), rejectedLines: dossiers.rejectedKeys, file: dossiers.file };
  const paiements = (await check("paiements", PAIEMENT_COLUMNS, paiementSchema, {
    key: { field: "mandat", header: "N° mandat" },
    references: (p) => [dossierReferenceFault(index, p.dossier, "N° dossier")]
  }))!;
  const idees = (await check("suivi", IDEE_COLUMNS, ideeSchema, {
    key: { field: "id", header: "N° idée" },
    references: (i) => [
      dossierReferenceFault(index, i.dossierEvenement, "N° dossier événement", EVENT),
      i.dossierExperimentation === null ? undefined : dossierReferenceFault(index, i.dossierExperimentation, "N° dossier expérimentation")
    ]
  }))!;
  const marqueurs = await check("marqueurs", MARQUEUR_COLUMNS, marqueurSchema, { references: (m) => [dossierReferenceFault(index, m.dossier, "N° dossier", AMI)] });
  const enveloppes = await check("enveloppes", ENVELOPPE_COLUMNS, enveloppeSchema);

  const files: FileReport[] = [];
  const rejected: Rejection[] = [];
  const settle = <T>(kind: ExportKind, checked: CheckedTable<T>): Kept<T>[] => {
    for (const r of checked.rejected) rejected.push(rejectionOf(checked.file, r.line, r.faults));
    const { file, format, read } = checked;
    files.push({ file, kind, format, read, kept: checked.kept.length, rejected: checked.rejected.length, extraColumns: checked.binding.extra });
    return checked.kept;
  };

  const result: LoadResult = {
    dossiers: settle("dossiers", dossiers),
    paiements: settle("paiements", paiements),
    idees: settle("suivi", idees),
    marqueurs: marqueurs ? settle("marqueurs", marqueurs) : [],
    enveloppes: enveloppes ? settle("enveloppes", enveloppes) : DEFAULT_ENVELOPPES.map((e, i) => ({ ...e, line: i + 2 })),
    enveloppesSource: enveloppes ? "export" : "deliberation-2016",
    files: files.sort((a, b) => compareText(a.file, b.file)),
    rejected: rejected.sort((a, b) => compareText(a.file, b.file) || a.line - b.line)
  };
  return result;
}

/** Byte-order comparison, so that sorting does not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
